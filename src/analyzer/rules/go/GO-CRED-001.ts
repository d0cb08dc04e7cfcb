import { credentialRule } from "../credentials.js";

export default credentialRule(
  "GO-CRED-001",
  ["go"],
  {
    bad: 'func open() (*sql.DB, error) {\n\tpassword := "Sup3r-Secret!"\n\treturn sql.Open("postgres", "user=app password="+password)\n}',
    good: 'func open() (*sql.DB, error) {\n\tpassword := os.Getenv("DB_PASSWORD")\n\treturn sql.Open("postgres", "user=app password="+password)\n}',
  },
  {
    valid: ['func f() { password := os.Getenv("PW"); _ = password }'],
    invalid: [
      'const apiKey = "AIzaSyD-1234567890abcdefghijklmnopqrstu"',
      'func f() { secret := "hunter2hunter2"; _ = secret }',
    ],
  },
);
