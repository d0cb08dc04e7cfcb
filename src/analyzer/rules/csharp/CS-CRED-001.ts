import { credentialRule } from "../credentials.js";

export default credentialRule(
  "CS-CRED-001",
  ["csharp"],
  {
    bad: 'class Db {\n  const string Password = "Sup3r-Secret!";\n  SqlConnection Open() => new SqlConnection($"Server=db;User Id=app;Password={Password}");\n}',
    good: 'class Db {\n  SqlConnection Open() => new SqlConnection(Environment.GetEnvironmentVariable("DB_CONNECTION"));\n}',
  },
  {
    valid: ['class A { string password = Environment.GetEnvironmentVariable("PW"); }'],
    invalid: [
      'class A { string apiKey = "AIzaSyD-1234567890abcdefghijklmnopqrstu"; }',
      'class A { void F() { var secret = "hunter2hunter2"; } }',
    ],
  },
);
