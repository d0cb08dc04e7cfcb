import { credentialRule } from "../credentials.js";

export default credentialRule(
  "JAVA-CRED-001",
  ["java"],
  {
    bad: 'class Db {\n  private static final String PASSWORD = "Sup3r-Secret!";\n  Connection open() throws SQLException {\n    return DriverManager.getConnection(URL, "app", PASSWORD);\n  }\n}',
    good: 'class Db {\n  Connection open() throws SQLException {\n    return DriverManager.getConnection(URL, "app", System.getenv("DB_PASSWORD"));\n  }\n}',
  },
  {
    valid: ['class A { String password = System.getenv("PW"); }'],
    invalid: [
      'class A { String apiKey = "AIzaSyD-1234567890abcdefghijklmnopqrstu"; }',
      'class A { void f() { String secret = "hunter2hunter2"; } }',
    ],
  },
);
