import { credentialRule } from "../credentials.js";

export default credentialRule(
  "RS-CRED-001",
  ["rust"],
  {
    bad: 'fn connect() -> Client {\n  let password = "Sup3r-Secret!";\n  Client::connect(&format!("host=db user=app password={}", password), NoTls).unwrap()\n}',
    good: 'fn connect() -> Client {\n  let password = std::env::var("DB_PASSWORD").unwrap();\n  Client::connect(&format!("host=db user=app password={}", password), NoTls).unwrap()\n}',
  },
  {
    valid: ['fn f() { let password = std::env::var("PW"); }'],
    invalid: [
      'const API_KEY: &str = "AIzaSyD-1234567890abcdefghijklmnopqrstu";',
      'fn f() { let secret = "hunter2hunter2"; }',
    ],
  },
);
