import { credentialRule } from "../credentials.js";

export default credentialRule(
  "C-CRED-001",
  ["c", "cpp"],
  {
    bad: 'int login(MYSQL *db) {\n  const char *password = "s3cr3t-Pa55";\n  return mysql_real_connect(db, "db", "app", password, "app", 0, NULL, 0) != NULL;\n}',
    good: 'int login(MYSQL *db) {\n  const char *password = getenv("DB_PASSWORD");\n  return mysql_real_connect(db, "db", "app", password, "app", 0, NULL, 0) != NULL;\n}',
  },
  {
    valid: [
      'void f(void) { const char *password = getenv("PW"); }',
      'void f(void) { const char *label = "Password:"; }',
    ],
    invalid: [
      'static const char *api_key = "AIzaSyD-1234567890abcdefghijklmnopqrstu";',
      'void f(void) { char *secret = "hunter2hunter2"; }',
    ],
  },
);
