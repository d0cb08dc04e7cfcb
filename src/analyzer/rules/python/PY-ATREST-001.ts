import { field, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** The file talks to AWS through boto3. */
const BOTO = /^\s*(import|from)\s+(boto3|aioboto3|botocore)\b/m;

/** SQS/SNS-style attribute maps: SqsManagedSseEnabled set to "false" with no KMS key beside it. */
function sseOff(text: string): boolean {
  return /['"]SqsManagedSseEnabled['"]:['"]false['"]/i.test(text) && !/['"]KmsMasterKeyId['"]:/.test(text);
}

export default pyRule({
  meta: {
    id: "PY-ATREST-001",
    title: "Cloud resource created with encryption at rest switched off",
    cwe: ["CWE-311", "CWE-312"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags boto3 calls that turn encryption at rest off explicitly: SQS queues with SqsManagedSseEnabled 'false' and no KMS key, and StorageEncrypted/Encrypted/AtRestEncryptionEnabled=False on RDS instances, EBS volumes, Redshift clusters, ElastiCache groups and EFS file systems.",
      why_bad:
        "Messages, volumes and snapshots are then stored in clear: anyone who gets a backup, a snapshot shared by mistake or the underlying disks reads them, and compliance regimes (PCI, HIPAA) forbid it.",
      example_bad:
        "import boto3\nsqs = boto3.client('sqs')\nsqs.create_queue(QueueName='jobs', Attributes={'SqsManagedSseEnabled': 'false'})",
      example_good:
        "import boto3\nsqs = boto3.client('sqs')\nsqs.create_queue(QueueName='jobs', Attributes={'KmsMasterKeyId': 'alias/aws/sqs'})",
    },
    fix_hint:
      "Leave the service's default encryption on (SSE-SQS, account-level EBS encryption) or pass a KMS key; never set the switch to False.",
  },
  trigger: /SqsManagedSseEnabled|StorageEncrypted|Encrypted=|AtRestEncryptionEnabled/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (!sourceHas(ctx.tree, BOTO)) return;
    if (field(node, "function")?.type !== "attribute") return;
    const m = ctx.method(node);
    if (m === "create_queue" || m === "set_queue_attributes") {
      const attrs = ctx.resolve(ctx.kwarg(node, "Attributes"));
      if (attrs?.type === "dictionary" && sseOff(ctx.text(attrs).replace(/\s+/g, "")))
        report({ node, message: "SQS queue with server-side encryption switched off" });
      return;
    }
    // boto3 switches whose False stores the data unencrypted (RDS, EBS, Redshift, ElastiCache, EFS).
    if (!/^(create|modify|restore)_/.test(m)) return;
    for (const k of ["StorageEncrypted", "Encrypted", "AtRestEncryptionEnabled"]) {
      if (ctx.text(ctx.kwarg(node, k) ?? node) === "False") {
        report({ node, message: `${k}=False: the data is stored unencrypted` });
        return;
      }
    }
  },
  cases: {
    valid: [
      "import boto3\nsqs = boto3.client('sqs')\nsqs.create_queue(QueueName='jobs')",
      "import boto3\nsqs = boto3.client('sqs')\nsqs.create_queue(QueueName='jobs', Attributes={'SqsManagedSseEnabled': 'true'})",
      "import boto3\nrds = boto3.client('rds')\nrds.create_db_instance(DBInstanceIdentifier='db', StorageEncrypted=True, KmsKeyId='alias/rds')",
      "def create_volume(Encrypted=False):\n    return Encrypted",
    ],
    invalid: [
      {
        code: "import boto3\nsqs = boto3.client('sqs')\nsqs.create_queue(QueueName='jobs', Attributes={'SqsManagedSseEnabled': 'false'})",
        line: 3,
      },
      {
        code: "import boto3\nrds = boto3.client('rds')\nrds.create_db_instance(DBInstanceIdentifier='db', Engine='postgres', StorageEncrypted=False)",
        line: 3,
      },
      {
        code: "import boto3\nec2 = boto3.client('ec2')\nec2.create_volume(AvailabilityZone='eu-west-1a', Size=100, Encrypted=False)",
        line: 3,
      },
    ],
  },
});
