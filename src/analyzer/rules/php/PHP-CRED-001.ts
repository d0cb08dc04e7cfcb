import { credentialRule } from "../credentials.js";

export default credentialRule(
  "PHP-CRED-001",
  ["php"],
  {
    bad: "<?php\n$password = 'Sup3r-Secret!';\n$db = new PDO('mysql:host=db;dbname=app', 'app', $password);",
    good: "<?php\n$password = getenv('DB_PASSWORD');\n$db = new PDO('mysql:host=db;dbname=app', 'app', $password);",
  },
  {
    valid: ["<?php $password = getenv('PW');", "<?php $label = 'Password';"],
    invalid: [
      "<?php $apiKey = 'AIzaSyD-1234567890abcdefghijklmnopqrstu';",
      "<?php $config = ['password' => 'hunter2hunter2'];",
    ],
  },
);
