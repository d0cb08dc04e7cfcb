// Dev suite "py-rules", batch 109 (format in py-rules.ts): code that runs in the cloud and drives infrastructure.
// Serverless handlers (AWS Lambda behind API Gateway, Powertools resolvers, Google Cloud Functions, Azure
// Functions, Chalice, Mangum-wrapped FastAPI), cloud SDKs (boto3 S3 / Lambda / DynamoDB / Step Functions, GCS),
// remote execution (paramiko, asyncssh, fabric, invoke), container and cluster clients (docker SDK, kubernetes
// client), infrastructure as code (pulumi, troposphere, aws_cdk) and task queues (Celery, RQ). Own code.
//
// What counts as attacker-controlled, by definition (data that crosses the function's trust boundary):
// - API Gateway / function URL events: queryStringParameters, multiValueQueryStringParameters, rawQueryString,
//   pathParameters, headers, cookies and body (base64 or JSON) - all sent by the caller. Powertools'
//   current_event getters and route arguments, Chalice's current_request and URI arguments, Azure's
//   HttpRequest params / route_params / get_json / get_body, a Cloud Function's flask request: the same.
// - Queue and notification records (SQS body, SNS Message, Kinesis data, Azure queue messages, Celery / RQ
//   arguments enqueued from a request) and object-store events (S3 / GCS object keys and uploaded object
//   contents): any producer or uploader chooses them, so they are untrusted too.
// - Not attacker-controlled: requestContext.authorizer claims (API Gateway sets them after verifying the token),
//   the context object, os.environ, constants and allow-listed values.
// Infrastructure as code belongs to the analyzer: a pulumi / troposphere / CDK program or a boto3 call that opens
// SSH, RDP or a database port to 0.0.0.0/0 (or ::/0) is CWE-284 in the code that creates it; HTTPS open to the
// world and egress rules are the intended shape and are look-alikes. Fixed /tmp file names inside a Lambda handler
// are left out (the execution environment is not shared with other users; contested either way).
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH109: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch109: API Gateway Lambda handlers running shell commands built from query, path, header and body values",
    `
import base64
import json
import os
import shlex
import subprocess
from urllib.parse import parse_qs


def lambda_handler(event, context):
    params = event.get("queryStringParameters") or {}
    host = params.get("host", "")
    out = subprocess.check_output("ping -c 1 " + host, shell=True) # VULN
    out2 = subprocess.check_output(["ping", "-c", "1", "--", host]) # SAFE
    os.system(f"nslookup {event['queryStringParameters']['domain']}") # VULN
    os.system("nslookup " + shlex.quote(host)) # SAFE
    body = json.loads(event["body"] or "{}")
    subprocess.run(body["script"], shell=True, check=True) # VULN
    subprocess.run(["git", "clone", "--depth", "1", "https://github.com/acme/site.git", "/tmp/site"], check=True) # SAFE
    branch = event["pathParameters"]["branch"]
    subprocess.Popen("git -C /tmp/site checkout %s" % branch, shell=True) # VULN
    agent = event["headers"].get("user-agent", "")
    os.popen("echo " + agent + " >> /tmp/agents.log") # VULN
    return {"statusCode": 200, "body": out.decode() + out2.decode()}


def handler(event, context):
    raw = event["body"]
    if event.get("isBase64Encoded"):
        raw = base64.b64decode(raw).decode()
    payload = json.loads(raw)
    fmt = payload.get("format", "png")
    subprocess.call("convert /tmp/in.svg /tmp/out." + fmt, shell=True) # VULN
    if fmt not in ("png", "jpg", "webp"):
        return {"statusCode": 400}
    subprocess.call("convert /tmp/in.svg /tmp/out." + fmt, shell=True) # SAFE
    tags = event["multiValueQueryStringParameters"]["tag"]
    subprocess.run("exiftool -Keywords=" + ",".join(tags) + " /tmp/out.png", shell=True) # VULN
    return {"statusCode": 200}


def http_api_handler(event, context):
    qs = parse_qs(event.get("rawQueryString", ""))
    name = qs.get("name", [""])[0]
    banner = subprocess.run(f"figlet {name}", shell=True, capture_output=True, text=True) # VULN
    plain = subprocess.run(["figlet", "--", name], capture_output=True, text=True) # SAFE
    cookies = event.get("cookies") or []
    subprocess.run("logger -t cookies '" + ";".join(cookies) + "'", shell=True) # VULN
    subprocess.run("uptime", shell=True) # SAFE
    return {"statusCode": 200, "body": banner.stdout + plain.stdout}
`,
  ),
  ...rules(
    "CWE-78",
    "batch109: Powertools resolver routes run commands from query getters and route arguments",
    `
import subprocess

from aws_lambda_powertools.event_handler import APIGatewayRestResolver

app = APIGatewayRestResolver()


@app.get("/dig")
def dig():
    domain = app.current_event.get_query_string_value(name="domain", default_value="")
    short = subprocess.getoutput("dig +short " + domain) # VULN
    safe = subprocess.run(["dig", "+short", "--", domain], capture_output=True, text=True) # SAFE
    return {"out": short, "safe": safe.stdout}


@app.post("/jobs/<job>")
def run_job(job: str):
    subprocess.run(f"/opt/jobs/{job}.sh", shell=True) # VULN
    body = app.current_event.json_body
    subprocess.run("tar czf /tmp/out.tgz " + body["path"], shell=True) # VULN
    subprocess.run(["/opt/jobs/nightly.sh"], check=True) # SAFE
    return {"ok": True}


@app.get("/version")
def version():
    return {"git": subprocess.check_output(["git", "rev-parse", "HEAD"], cwd="/var/task").decode()} # SAFE


def lambda_handler(event, context):
    return app.resolve(event, context)
`,
  ),
  ...rules(
    "CWE-89",
    "batch109: Lambda handlers querying RDS with SQL built from the event, beside parameterised twins",
    `
import json
import os

import boto3
import pymysql

conn = pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"], database="shop")
rds_data = boto3.client("rds-data")


def get_orders(event, context):
    customer = event["queryStringParameters"]["customer"]
    status = event["queryStringParameters"].get("status", "open")
    with conn.cursor() as cur:
        cur.execute("SELECT * FROM orders WHERE customer = '%s'" % customer) # VULN
        cur.execute("SELECT * FROM orders WHERE customer = %s AND status = %s", (customer, status)) # SAFE
        cur.execute(f"SELECT * FROM orders WHERE status = '{status}' ORDER BY id") # VULN
        rows = cur.fetchall()
    return {"statusCode": 200, "body": json.dumps(rows, default=str)}


def delete_order(event, context):
    order_id = event["pathParameters"]["orderId"]
    with conn.cursor() as cur:
        cur.execute("DELETE FROM orders WHERE id = " + order_id) # VULN
        cur.execute("DELETE FROM orders WHERE id = %s", (int(order_id),)) # SAFE
    conn.commit()
    return {"statusCode": 204}


def search(event, context):
    body = json.loads(event["body"])
    sort = body.get("sort", "created_at")
    column = sort if sort in {"created_at", "total", "status"} else "created_at"
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM orders ORDER BY " + column) # SAFE
        cur.execute("SELECT id FROM orders ORDER BY {}".format(body["sort"])) # VULN
        sql = "SELECT id FROM orders WHERE note LIKE '%%" + body["q"] + "%%'"
        cur.execute(sql) # VULN
        return {"statusCode": 200, "body": json.dumps(cur.fetchall())}


def data_api(event, context):
    name = json.loads(event["body"])["name"]
    arn = os.environ["CLUSTER_ARN"]
    secret = os.environ["SECRET_ARN"]
    rds_data.execute_statement(resourceArn=arn, secretArn=secret, database="shop", sql=f"SELECT * FROM customers WHERE name = '{name}'") # VULN
    rds_data.execute_statement(resourceArn=arn, secretArn=secret, database="shop", sql="SELECT * FROM customers WHERE name = :name", parameters=[{"name": "name", "value": {"stringValue": name}}]) # SAFE
    return {"statusCode": 200}


def consume(event, context):
    with conn.cursor() as cur:
        for record in event["Records"]:
            msg = json.loads(record["body"])
            cur.execute(f"INSERT INTO events (kind, ref) VALUES ('{msg['kind']}', '{msg['ref']}')") # VULN
            cur.execute("INSERT INTO events (kind, ref) VALUES (%s, %s)", (msg["kind"], msg["ref"])) # SAFE
    conn.commit()
`,
  ),
  ...rules(
    "CWE-78",
    "batch109: S3, SQS and SNS event records driving shell commands vs argument lists and quoting",
    `
import json
import os
import shlex
import subprocess
import urllib.parse

import boto3

s3 = boto3.client("s3")


def thumbnail(event, context):
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
        s3.download_file(bucket, "uploads/incoming.jpg", "/tmp/input")
        subprocess.run(f"convert /tmp/input -resize 128x128 '/tmp/thumb-{key}'", shell=True) # VULN
        subprocess.run(["convert", "/tmp/input", "-resize", "128x128", "/tmp/thumb.png"], check=True) # SAFE
        s3.upload_file("/tmp/thumb.png", bucket, "thumbs/" + key)


def transcode(event, context):
    for record in event["Records"]:
        job = json.loads(record["body"])
        subprocess.check_call("ffmpeg -i /tmp/in.mp4 -vf scale=%s /tmp/out.mp4" % job["scale"], shell=True) # VULN
        width = int(job["width"])
        subprocess.check_call("ffmpeg -i /tmp/in.mp4 -vf scale=%d:-1 /tmp/out.mp4" % width, shell=True) # SAFE
        os.system("rm -rf /tmp/work/" + job["id"]) # VULN


def on_alarm(event, context):
    for record in event["Records"]:
        message = json.loads(record["Sns"]["Message"])
        os.system("logger -t alarms " + message["AlarmName"]) # VULN
        os.system("logger -t alarms " + shlex.quote(message["AlarmName"])) # SAFE
        subprocess.run(["logger", "-t", "alarms", "--", message["NewStateReason"]]) # SAFE


def nightly(event, context):
    subprocess.run("aws s3 sync /tmp/backup s3://acme-backups --quiet", shell=True, check=True) # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch109: Lambda handlers fetching URLs from the event vs fixed and allow-listed hosts",
    `
import json
import urllib.request
from urllib.parse import quote, urlparse

import boto3
import requests

from .sns_verify import verify_sns_signature

ALLOWED_HOSTS = {"api.github.com", "hooks.slack.com"}


def fetch_preview(event, context):
    url = event["queryStringParameters"]["url"]
    resp = requests.get(url, timeout=5) # VULN
    body = json.loads(event["body"])
    requests.post(body["callback"], json={"ok": True}, timeout=5) # VULN
    with urllib.request.urlopen(body["feed"], timeout=5) as f: # VULN
        feed = f.read()
    host = urlparse(url).hostname
    if host in ALLOWED_HOSTS:
        requests.get(url, timeout=5) # SAFE
    requests.get("https://api.github.com/repos/acme/site/releases/latest", timeout=5) # SAFE
    user = quote(event["pathParameters"]["user"], safe="")
    requests.get("https://api.github.com/users/" + user, timeout=5) # SAFE
    return {"statusCode": 200, "body": resp.text[:500] + str(len(feed))}


def custom_endpoint(event, context):
    body = json.loads(event["body"])
    client = boto3.client("s3", endpoint_url=body["endpoint"]) # VULN
    client.list_objects_v2(Bucket=body["bucket"])
    session = requests.Session()
    session.get(event["headers"]["x-origin-url"], timeout=3) # VULN
    return {"statusCode": 200}


def sns_endpoint(event, context):
    msg = json.loads(event["body"])
    if msg["Type"] == "SubscriptionConfirmation":
        requests.get(msg["SubscribeURL"], timeout=5) # VULN
    return {"statusCode": 200}


def sns_endpoint_verified(event, context):
    msg = json.loads(event["body"])
    if not verify_sns_signature(msg):
        return {"statusCode": 403}
    url = msg["SubscribeURL"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or not (parsed.hostname or "").endswith(".amazonaws.com"):
        return {"statusCode": 400}
    requests.get(url, timeout=5) # SAFE
    return {"statusCode": 200}
`,
  ),
  ...rules(
    "CWE-732",
    "batch109: boto3 S3 calls that make objects or buckets public vs private ACLs and deny-only policies",
    `
import json

import boto3

s3 = boto3.client("s3")
s3r = boto3.resource("s3")
BUCKET = "acme-user-uploads"


def publish_report(path, key, data):
    s3.upload_file(path, BUCKET, key, ExtraArgs={"ACL": "public-read"}) # VULN
    s3.upload_file(path, BUCKET, key, ExtraArgs={"ACL": "private", "ServerSideEncryption": "aws:kms"}) # SAFE
    s3.put_object(Bucket=BUCKET, Key=key, Body=data, ACL="public-read-write") # VULN
    s3.put_object(Bucket=BUCKET, Key=key, Body=data, ACL="bucket-owner-full-control") # SAFE
    s3.put_object_acl(Bucket=BUCKET, Key=key, ACL="authenticated-read") # VULN
    s3.put_object_acl(Bucket=BUCKET, Key=key, ACL="private") # SAFE
    s3r.Object(BUCKET, key).put(Body=data, ACL="public-read") # VULN
    s3r.Object(BUCKET, key).put(Body=data, ContentType="application/pdf") # SAFE


def open_bucket():
    s3.put_bucket_acl(Bucket=BUCKET, ACL="public-read") # VULN
    s3.put_bucket_acl(Bucket=BUCKET, GrantRead='uri="http://acs.amazonaws.com/groups/global/AllUsers"') # VULN
    s3.create_bucket(Bucket="acme-exports", ACL="public-read") # VULN
    s3.create_bucket(Bucket="acme-exports-private", ACL="private") # SAFE
    policy = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{BUCKET}/*"}],
    }
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(policy)) # VULN
    s3.put_public_access_block(Bucket=BUCKET, PublicAccessBlockConfiguration={"BlockPublicAcls": False, "IgnorePublicAcls": False, "BlockPublicPolicy": False, "RestrictPublicBuckets": False}) # VULN


def lock_bucket():
    deny_http = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Deny",
                "Principal": "*",
                "Action": "s3:*",
                "Resource": [f"arn:aws:s3:::{BUCKET}", f"arn:aws:s3:::{BUCKET}/*"],
                "Condition": {"Bool": {"aws:SecureTransport": "false"}},
            }
        ],
    }
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(deny_http)) # SAFE
    reader = {
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:role/report-reader"}, "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{BUCKET}/*"}],
    }
    s3.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(reader)) # SAFE
    s3.put_public_access_block(Bucket=BUCKET, PublicAccessBlockConfiguration={"BlockPublicAcls": True, "IgnorePublicAcls": True, "BlockPublicPolicy": True, "RestrictPublicBuckets": True}) # SAFE
`,
  ),
  ...rules(
    "CWE-732",
    "batch109: GCS and infrastructure code that make storage public vs private defaults",
    `
import pulumi_aws as aws
from aws_cdk import Stack, aws_s3 as s3
from constructs import Construct
from google.cloud import storage

gcs = storage.Client()


def share_export(name):
    bucket = gcs.bucket("acme-exports")
    blob = bucket.blob(name)
    blob.make_public() # VULN
    blob.make_private() # SAFE
    bucket.make_public(recursive=True, future=True) # VULN
    policy = bucket.get_iam_policy(requested_policy_version=3)
    policy.bindings.append({"role": "roles/storage.objectViewer", "members": {"allUsers"}}) # VULN
    policy.bindings.append({"role": "roles/storage.objectViewer", "members": {"group:analysts@acme.example"}}) # SAFE
    bucket.set_iam_policy(policy)


class SiteStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        s3.Bucket(self, "Uploads", public_read_access=True) # VULN
        s3.Bucket(self, "Private", block_public_access=s3.BlockPublicAccess.BLOCK_ALL, enforce_ssl=True) # SAFE


uploads = aws.s3.BucketV2("uploads")
aws.s3.BucketAclV2("uploads-acl", bucket=uploads.id, acl="public-read") # VULN
aws.s3.BucketAclV2("logs-acl", bucket=uploads.id, acl="private") # SAFE
`,
  ),
  ...rules(
    "CWE-639",
    "batch109: presigned URLs and object reads for a key the caller names vs keys built from the authenticated principal",
    `
import json
import uuid

import boto3

s3 = boto3.client("s3")
BUCKET = "acme-tenant-files"


def download_link(event, context):
    key = event["queryStringParameters"]["key"]
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=300) # VULN
    user_id = event["requestContext"]["authorizer"]["claims"]["sub"]
    own = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": f"users/{user_id}/avatar.png"}, ExpiresIn=300) # SAFE
    obj = s3.get_object(Bucket=BUCKET, Key=event["queryStringParameters"]["key"]) # VULN
    mine = s3.get_object(Bucket=BUCKET, Key=f"users/{user_id}/profile.json") # SAFE
    return {"statusCode": 200, "body": json.dumps({"url": url, "own": own, "n": obj["ContentLength"] + mine["ContentLength"]})}


def upload_link(event, context):
    body = json.loads(event["body"])
    user_id = event["requestContext"]["authorizer"]["claims"]["sub"]
    doc = event["pathParameters"]["doc"]
    a = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": f"tenants/{body['tenant']}/{doc}"}, ExpiresIn=600) # VULN
    b = s3.generate_presigned_post(BUCKET, body["key"], ExpiresIn=600) # VULN
    c = s3.generate_presigned_post(BUCKET, f"uploads/{user_id}/{uuid.uuid4()}", ExpiresIn=600) # SAFE
    s3.delete_object(Bucket=BUCKET, Key=body["key"]) # VULN
    s3.delete_object(Bucket=BUCKET, Key=f"uploads/{user_id}/draft.bin") # SAFE
    week = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": f"users/{user_id}/export.zip"}, ExpiresIn=604800) # VULN CWE-613
    week2 = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": f"users/{user_id}/export.csv"}, ExpiresIn=7 * 24 * 3600) # VULN CWE-613
    short = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": f"users/{user_id}/export.csv"}, ExpiresIn=900) # SAFE CWE-613
    return {"statusCode": 200, "body": json.dumps([a, b, c, week, week2, short])}
`,
  ),
  ...rules(
    "CWE-470",
    "batch109: Lambda and Step Functions targets named by the request vs a fixed map or configuration",
    `
import json
import os

import boto3

lam = boto3.client("lambda")
sfn = boto3.client("stepfunctions")
WORKERS = {"resize": "img-resize-prod", "ocr": "doc-ocr-prod"}


def dispatch(event, context):
    body = json.loads(event["body"])
    lam.invoke(FunctionName=body["function"], InvocationType="Event", Payload=json.dumps(body["args"])) # VULN
    fn = WORKERS.get(body["task"])
    if fn is None:
        return {"statusCode": 400}
    lam.invoke(FunctionName=fn, InvocationType="Event", Payload=json.dumps(body["args"])) # SAFE
    lam.invoke(FunctionName=f"acme-{event['pathParameters']['stage']}-worker", Payload=b"{}") # VULN
    lam.invoke(FunctionName=os.environ["WORKER_ARN"], Payload=json.dumps({"id": body["id"]})) # SAFE
    sfn.start_execution(stateMachineArn=body["machine"], input="{}") # VULN
    sfn.start_execution(stateMachineArn=os.environ["MACHINE_ARN"], input=json.dumps(body)) # SAFE
    return {"statusCode": 202}
`,
  ),
  ...rules(
    "CWE-798",
    "batch109: AWS keys and service secrets written into code and function environments vs the environment and secret stores",
    `
import os

import boto3
import docker
import pulumi
import pulumi_aws as aws
from aws_cdk import Stack, aws_lambda as _lambda, aws_secretsmanager as sm
from constructs import Construct

session = boto3.Session(aws_access_key_id="AKIA4XQ7ZP3MEXWTRN2K", aws_secret_access_key="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") # VULN
s3 = boto3.client("s3", region_name="eu-west-1", aws_access_key_id="AKIA2JD8QWLX5RNB7MTA", aws_secret_access_key="Vb7nQ2xLk9PzR4tYw1SdF6gHj3Mc8AeU0iNoK5lZ") # VULN
sqs = boto3.client("sqs", region_name="eu-west-1") # SAFE
ddb = boto3.client("dynamodb", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"]) # SAFE
AWS_SECRET_ACCESS_KEY = "h3Kd9Lq2Wz7Xv1Bn5Mc8Rt4Yp6Sg0Fj2Ae9Ui3Oo" # VULN
AWS_REGION = "eu-west-1" # SAFE

lam = boto3.client("lambda")
ROLE = os.environ["LAMBDA_ROLE_ARN"]


def deploy(zipped, secret_arn):
    lam.create_function(FunctionName="billing", Runtime="python3.12", Role=ROLE, Handler="app.handler", Code={"ZipFile": zipped}, Environment={"Variables": {"STRIPE_KEY": "sk_live_51Hq7TkLm2Xv9Pw3Rz8Ya4Bc6Dn0Ef", "TABLE": "invoices"}}) # VULN
    lam.update_function_configuration(FunctionName="billing", Environment={"Variables": {"DB_PASSWORD": "Sup3rS3cret!2024"}}) # VULN
    lam.update_function_configuration(FunctionName="billing", Environment={"Variables": {"DB_SECRET_ARN": secret_arn, "LOG_LEVEL": "INFO"}}) # SAFE
    client = docker.from_env()
    client.login(username="deploy", password="Dh38!kq0ZpWm") # VULN
    client.login(username="deploy", password=os.environ["REGISTRY_PASSWORD"]) # SAFE


class ApiStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        secret = sm.Secret(self, "ApiToken")
        _lambda.Function(self, "Api", runtime=_lambda.Runtime.PYTHON_3_12, handler="app.handler", code=_lambda.Code.from_asset("src"), environment={"GITHUB_TOKEN": "ghp_6hT2kLm9QwErTyUiOpAsDfGhJkLzXcVbNm12"}) # VULN
        _lambda.Function(self, "Worker", runtime=_lambda.Runtime.PYTHON_3_12, handler="app.handler", code=_lambda.Code.from_asset("src"), environment={"TOKEN_SECRET_ARN": secret.secret_arn}) # SAFE


config = pulumi.Config()
aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20, username="app", password="Pg-prod-2024!x") # VULN
aws.rds.Instance("db2", engine="postgres", instance_class="db.t3.micro", allocated_storage=20, username="app", password=config.require_secret("dbPassword")) # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch109: cloud SDK and HTTP clients with certificate checks switched off vs custom CA bundles",
    `
import os

import boto3
import hvac
import requests
import urllib3
from kubernetes import client as k8s

s3 = boto3.client("s3", verify=False) # VULN
ddb = boto3.resource("dynamodb", endpoint_url="https://dynamo.internal.acme.example", verify=False) # VULN
s3_ca = boto3.client("s3", verify="/etc/ssl/certs/corp-ca.pem") # SAFE
sm = boto3.session.Session().client("secretsmanager", use_ssl=False) # VULN CWE-319
sm2 = boto3.session.Session().client("secretsmanager") # SAFE CWE-319
vault = hvac.Client(url="https://vault.acme.example:8200", verify=False) # VULN
vault2 = hvac.Client(url="https://vault.acme.example:8200", verify="/etc/ssl/certs/vault-ca.pem") # SAFE
pool = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
pool2 = urllib3.PoolManager(cert_reqs="CERT_REQUIRED") # SAFE

configuration = k8s.Configuration()
configuration.host = "https://k8s.acme.example:6443"
configuration.verify_ssl = False # VULN
configuration.ssl_ca_cert = "/etc/k8s/ca.crt"


def notify(event, context):
    requests.post("https://hooks.acme.example/deploy", json={"id": context.aws_request_id}, verify=False, timeout=5) # VULN
    requests.post("https://hooks.acme.example/deploy", json={"id": context.aws_request_id}, verify=os.environ.get("CA_BUNDLE", True), timeout=5) # SAFE
`,
  ),
  ...rules(
    "CWE-943",
    "batch109: DynamoDB PartiQL statements and expression strings built from the event vs parameters and condition builders",
    `
import json

import boto3
from boto3.dynamodb.conditions import Attr, Key

ddb = boto3.client("dynamodb")
table = boto3.resource("dynamodb").Table("orders")


def find(event, context):
    q = event["queryStringParameters"]
    customer = q["customer"]
    ddb.execute_statement(Statement=f"SELECT * FROM orders WHERE customer = '{customer}'") # VULN
    ddb.execute_statement(Statement="SELECT * FROM orders WHERE customer = ?", Parameters=[{"S": customer}]) # SAFE
    ddb.execute_statement(Statement="UPDATE orders SET status = 'shipped' WHERE id = '" + q["id"] + "'") # VULN
    table.query(KeyConditionExpression=Key("customer").eq(customer)) # SAFE
    table.scan(FilterExpression=Attr("status").eq(q.get("status", "open"))) # SAFE
    ddb.scan(TableName="orders", FilterExpression=q["field"] + " = :v", ExpressionAttributeValues={":v": {"S": q["value"]}}) # VULN
    ddb.scan(TableName="orders", FilterExpression="#f = :v", ExpressionAttributeNames={"#f": q["field"]}, ExpressionAttributeValues={":v": {"S": q["value"]}}) # SAFE
    table.query(KeyConditionExpression=f"customer = :c AND {q['range']}", ExpressionAttributeValues={":c": customer}) # VULN
    return {"statusCode": 200}


def purge(event, context):
    body = json.loads(event["body"])
    ddb.batch_execute_statement(Statements=[{"Statement": f"DELETE FROM orders WHERE id = '{i}'"} for i in body["ids"]]) # VULN
    ddb.batch_execute_statement(Statements=[{"Statement": "DELETE FROM orders WHERE id = ?", "Parameters": [{"S": i}]} for i in body["ids"]]) # SAFE
    stmt = "SELECT * FROM orders WHERE status = '%s'" % body["status"]
    ddb.execute_statement(Statement=stmt) # VULN
    return {"statusCode": 204}
`,
  ),
  ...rules(
    "CWE-295",
    "batch109: SSH clients that accept unknown host keys vs known-hosts files and reject policies",
    `
import asyncssh
import paramiko
from paramiko import AutoAddPolicy as Trusting


class AcceptAll(paramiko.MissingHostKeyPolicy):
    def missing_host_key(self, client, hostname, key):
        return None


def connect(host, key):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy()) # VULN
    client.set_missing_host_key_policy(paramiko.WarningPolicy()) # VULN
    client.set_missing_host_key_policy(paramiko.client.AutoAddPolicy) # VULN
    client.set_missing_host_key_policy(Trusting()) # VULN
    client.set_missing_host_key_policy(AcceptAll()) # VULN
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE
    client.load_system_host_keys() # SAFE
    client.load_host_keys("/etc/ssh/ssh_known_hosts") # SAFE
    client.connect(host, username="deploy", pkey=key)
    return client


def raw_transport(host, key, known):
    t = paramiko.Transport((host, 22))
    t.connect(username="deploy", pkey=key) # VULN
    t2 = paramiko.Transport((host, 22))
    t2.connect(hostkey=known, username="deploy", pkey=key) # SAFE
    return t, t2


async def run_remote(host):
    async with asyncssh.connect(host, username="deploy", known_hosts=None) as conn: # VULN
        await conn.run("uptime")
    async with asyncssh.connect(host, username="deploy", known_hosts="/etc/ssh/ssh_known_hosts") as conn: # SAFE
        await conn.run("uptime")
`,
  ),
  ...rules(
    "CWE-78",
    "batch109: remote commands over paramiko, fabric and invoke built from a request body vs quoted and constant ones",
    `
import json
import os
import shlex

import paramiko
from fabric import Connection
from invoke import Context
from invoke import run as local_run


def restart_service(event, context):
    body = json.loads(event["body"])
    service = body["service"]
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(os.environ["BASTION"], username="ops", key_filename="/opt/keys/ops")
    client.exec_command("sudo systemctl restart " + service) # VULN
    client.exec_command("sudo systemctl restart " + shlex.quote(service)) # SAFE
    client.exec_command("uptime") # SAFE
    stdin, stdout, stderr = client.exec_command(f"tail -n {body['lines']} /var/log/app.log") # VULN
    n = int(body["lines"])
    client.exec_command(f"tail -n {n} /var/log/app.log") # SAFE
    chan = client.get_transport().open_session()
    chan.exec_command("journalctl -u " + service) # VULN
    conn = Connection(os.environ["BASTION"], user="ops")
    conn.run(f"docker logs {body['container']}") # VULN
    conn.sudo("systemctl reload nginx") # SAFE
    conn.sudo("systemctl reload " + service) # VULN
    conn.run("docker logs " + shlex.quote(body["container"])) # SAFE
    ctx = Context()
    ctx.run("make -C /srv/app deploy BRANCH=" + body["branch"]) # VULN
    local_run("git pull --ff-only", hide=True) # SAFE
    local_run("git checkout " + body["branch"], hide=True) # VULN
    return {"statusCode": 200, "body": stdout.read().decode()}
`,
  ),
  ...rules(
    "CWE-798",
    "batch109: SSH and network-device logins with passwords in code vs keys and the environment",
    `
import os

import paramiko
from fabric import Connection
from netmiko import ConnectHandler

client = paramiko.SSHClient()
client.load_system_host_keys()
client.connect("bastion.acme.example", username="ops", password="0psP@ss-2024") # VULN
client.connect("bastion.acme.example", username="ops", key_filename="/opt/keys/ops") # SAFE
conn = Connection("web1.acme.example", user="deploy", connect_kwargs={"password": "d3pl0y!Web1"}) # VULN
conn2 = Connection("web1.acme.example", user="deploy", connect_kwargs={"key_filename": "/opt/keys/deploy"}) # SAFE
router = ConnectHandler(device_type="cisco_ios", host="10.0.0.1", username="admin", password="C1sc0-Admin!") # VULN
router2 = ConnectHandler(device_type="cisco_ios", host="10.0.0.1", username="admin", password=os.environ["ROUTER_PASSWORD"]) # SAFE
transport = paramiko.Transport(("sftp.partner.example", 22))
transport.connect(username="acme", password="Partn3r-Sftp#9") # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch109: docker SDK containers and exec sessions given shell commands from a request vs argument lists",
    `
import json

import docker

client = docker.from_env()


def run_lookup(event, context):
    body = json.loads(event["body"])
    host = body["host"]
    out = client.containers.run("alpine:3.19", f"sh -c 'nslookup {host}'", remove=True) # VULN
    out2 = client.containers.run("alpine:3.19", ["nslookup", "--", host], remove=True) # SAFE
    worker = client.containers.get("report-worker")
    worker.exec_run(f"sh -c 'cat /data/{body['name']}'") # VULN
    worker.exec_run(["cat", "/data/report.txt"]) # SAFE
    worker.exec_run("bash -lc 'grep " + body["pattern"] + " /data/app.log'") # VULN
    client.containers.run("python:3.12-slim", command="python /app/report.py", remove=True) # SAFE
    return {"statusCode": 200, "body": (out + out2).decode()}
`,
  ),
  ...rules(
    "CWE-250",
    "batch109: docker SDK containers started privileged or with the host mounted vs dropped capabilities",
    `
import docker

client = docker.from_env()


def start_agents(image):
    client.containers.run(image, "true", privileged=True, detach=True) # VULN
    client.containers.run(image, "true", privileged=False, detach=True) # SAFE
    client.containers.run(image, "true", volumes={"/": {"bind": "/host", "mode": "rw"}}, detach=True) # VULN
    client.containers.run(image, "true", volumes={"/var/run/docker.sock": {"bind": "/var/run/docker.sock", "mode": "rw"}}, detach=True) # VULN
    client.containers.run(image, "true", volumes={"/srv/data": {"bind": "/data", "mode": "ro"}}, detach=True) # SAFE
    client.containers.run(image, "true", pid_mode="host", network_mode="host", detach=True) # VULN
    client.containers.run(image, "true", cap_add=["SYS_ADMIN"], detach=True) # VULN
    client.containers.run(image, "true", cap_drop=["ALL"], security_opt=["no-new-privileges"], detach=True) # SAFE
    client.containers.run(image, "true", security_opt=["seccomp=unconfined"], detach=True) # VULN
    client.containers.run(image, "true", user="65534:65534", read_only=True, detach=True) # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch109: kubernetes pod exec with shell commands from a request vs fixed commands and argument lists",
    `
import json

from kubernetes import client, config
from kubernetes.stream import stream

config.load_incluster_config()
v1 = client.CoreV1Api()


def debug_pod(event, context):
    body = json.loads(event["body"])
    pod = body["pod"]
    cmd = body["cmd"]
    a = stream(v1.connect_get_namespaced_pod_exec, pod, "default", command=["/bin/sh", "-c", cmd], stderr=True, stdin=False, stdout=True, tty=False) # VULN
    b = stream(v1.connect_get_namespaced_pod_exec, pod, "default", command=["/bin/sh", "-c", "df -h /data"], stdout=True) # SAFE
    c = stream(v1.connect_get_namespaced_pod_exec, pod, "default", command=["ls", "-la", "--", body["dir"]], stdout=True) # SAFE
    d = stream(v1.connect_get_namespaced_pod_exec, pod, "default", command=["sh", "-c", "ls " + body["dir"]], stdout=True) # VULN
    dump = ["bash", "-c", f"pg_dump {body['db']} | gzip > /tmp/db.gz"]
    e = stream(v1.connect_get_namespaced_pod_exec, pod, "default", command=dump, stdout=True) # VULN
    return {"statusCode": 200, "body": a + b + c + d + e}
`,
  ),
  ...rules(
    "CWE-250",
    "batch109: kubernetes pod specs built with the python client that run privileged or share the host vs locked-down contexts",
    `
from kubernetes import client, config

config.load_kube_config()
v1 = client.CoreV1Api()


def make_pod(name, image):
    sc = client.V1SecurityContext(privileged=True) # VULN
    sc2 = client.V1SecurityContext(allow_privilege_escalation=True, run_as_user=0) # VULN
    sc3 = client.V1SecurityContext(privileged=False, allow_privilege_escalation=False, run_as_non_root=True, read_only_root_filesystem=True) # SAFE
    caps = client.V1SecurityContext(capabilities=client.V1Capabilities(add=["SYS_ADMIN", "NET_ADMIN"])) # VULN
    caps2 = client.V1SecurityContext(capabilities=client.V1Capabilities(drop=["ALL"])) # SAFE
    host_root = client.V1Volume(name="host", host_path=client.V1HostPathVolumeSource(path="/")) # VULN
    cfg = client.V1Volume(name="cfg", config_map=client.V1ConfigMapVolumeSource(name="app-config")) # SAFE
    container = client.V1Container(name=name, image=image, security_context=sc3)
    spec = client.V1PodSpec(host_network=True, host_pid=True, containers=[container]) # VULN
    spec2 = client.V1PodSpec(containers=[container], volumes=[cfg]) # SAFE
    v1.create_namespaced_pod("default", client.V1Pod(metadata=client.V1ObjectMeta(name=name), spec=spec2))
    manifest = {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": name}, "spec": {"containers": [{"name": name, "image": image, "securityContext": {"privileged": True}}]}} # VULN
    v1.create_namespaced_pod("default", manifest)
    return sc, sc2, caps, caps2, host_root, spec
`,
  ),
  ...rules(
    "CWE-284",
    "batch109: security groups opened to the whole internet on SSH, RDP and database ports in pulumi, troposphere, CDK and boto3 vs HTTPS and private ranges",
    `
import boto3
import pulumi_aws as aws
from aws_cdk import Stack, aws_ec2 as ec2
from constructs import Construct
from troposphere import Ref, Template
from troposphere import ec2 as tec2

bastion_sg = aws.ec2.SecurityGroup(
    "bastion",
    ingress=[
        aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=22, to_port=22, cidr_blocks=["0.0.0.0/0"]), # VULN
        aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=443, to_port=443, cidr_blocks=["0.0.0.0/0"]), # SAFE
        aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=5432, to_port=5432, cidr_blocks=["10.0.0.0/16"]), # SAFE
    ],
    egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"])], # SAFE
)
aws.ec2.SecurityGroupRule("rdp", type="ingress", from_port=3389, to_port=3389, protocol="tcp", cidr_blocks=["0.0.0.0/0"], security_group_id=bastion_sg.id) # VULN
aws.ec2.SecurityGroupRule("ssh6", type="ingress", from_port=22, to_port=22, protocol="tcp", ipv6_cidr_blocks=["::/0"], security_group_id=bastion_sg.id) # VULN
aws.ec2.SecurityGroupRule("all", type="ingress", from_port=0, to_port=0, protocol="-1", cidr_blocks=["0.0.0.0/0"], security_group_id=bastion_sg.id) # VULN
aws.ec2.SecurityGroupRule("office-ssh", type="ingress", from_port=22, to_port=22, protocol="tcp", cidr_blocks=["203.0.113.0/24"], security_group_id=bastion_sg.id) # SAFE

t = Template()
sg = t.add_resource(tec2.SecurityGroup("AppSg", GroupDescription="app"))
t.add_resource(tec2.SecurityGroupIngress("SshIn", GroupId=Ref(sg), IpProtocol="tcp", FromPort=22, ToPort=22, CidrIp="0.0.0.0/0")) # VULN
t.add_resource(tec2.SecurityGroupIngress("HttpsIn", GroupId=Ref(sg), IpProtocol="tcp", FromPort=443, ToPort=443, CidrIp="0.0.0.0/0")) # SAFE
db_rule = tec2.SecurityGroupRule(IpProtocol="tcp", FromPort="3306", ToPort="3306", CidrIp="0.0.0.0/0") # VULN
vpn_rule = tec2.SecurityGroupRule(IpProtocol="tcp", FromPort="3306", ToPort="3306", CidrIp="10.20.0.0/16") # SAFE


class NetStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, vpc: ec2.IVpc, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        web = ec2.SecurityGroup(self, "Web", vpc=vpc, allow_all_outbound=True)
        web.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22), "ssh from anywhere") # VULN
        web.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.tcp(22), "ssh from the vpc") # SAFE
        web.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "https") # SAFE
        web.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.all_traffic()) # VULN
        web.connections.allow_from_any_ipv4(ec2.Port.tcp(5432)) # VULN
        web.connections.allow_from_any_ipv4(ec2.Port.tcp(80)) # SAFE


def open_ssh(sg_id):
    ec2c = boto3.client("ec2")
    ec2c.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]) # VULN
    ec2c.authorize_security_group_ingress(GroupId=sg_id, IpProtocol="tcp", FromPort=3389, ToPort=3389, CidrIp="0.0.0.0/0") # VULN
    ec2c.authorize_security_group_ingress(GroupId=sg_id, IpProtocol="tcp", FromPort=22, ToPort=22, CidrIp="198.51.100.7/32") # SAFE
    ec2c.authorize_security_group_ingress(GroupId=sg_id, IpPermissions=[{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]) # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch109: Google Cloud Functions (HTTP and CloudEvent) running commands from the flask request and object names",
    `
import shlex
import subprocess

import functions_framework


@functions_framework.http
def thumbnail(request):
    name = request.args.get("name", "")
    subprocess.run("gsutil cp gs://acme-raw/" + name + " /tmp/in", shell=True) # VULN
    subprocess.run(["gsutil", "cp", "gs://acme-raw/" + name, "/tmp/in"], check=True) # SAFE
    data = request.get_json(silent=True) or {}
    subprocess.run(f"convert /tmp/in -resize {data.get('size', '64x64')} /tmp/out", shell=True) # VULN
    return "ok"


def lookup(request):
    domain = request.form["domain"]
    return subprocess.getoutput("whois " + domain) # VULN


def lookup_quoted(request):
    domain = request.form["domain"]
    return subprocess.getoutput("whois " + shlex.quote(domain)) # SAFE


@functions_framework.cloud_event
def on_upload(cloud_event):
    data = cloud_event.data
    name = data["name"]
    subprocess.run(f"clamscan /tmp/{name}", shell=True) # VULN
    subprocess.run(["clamscan", "--", "/tmp/" + name]) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch109: Cloud Functions and Lambda answering HTML built from the request vs escaped or JSON answers",
    `
import html
import json

import functions_framework
from markupsafe import escape


@functions_framework.http
def hello_http(request):
    request_json = request.get_json(silent=True)
    if request_json and "name" in request_json:
        name = request_json["name"]
    elif request.args and "name" in request.args:
        name = request.args["name"]
    else:
        name = "World"
    return "<h1>Hello {}!</h1>".format(name) # VULN


@functions_framework.http
def hello_escaped(request):
    name = request.args.get("name", "World")
    return "<h1>Hello {}!</h1>".format(escape(name)) # SAFE


def greet(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "there")
    page = f"<html><body><h1>Hello {name}</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page} # VULN


def greet_escaped(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "there")
    page = f"<html><body><h1>Hello {html.escape(name)}</h1></body></html>"
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": page} # SAFE


def greet_json(event, context):
    name = (event.get("queryStringParameters") or {}).get("name", "there")
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"greeting": "Hello " + name})} # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch109: Google Cloud Functions fetching and reading what the request names",
    `
import os
import sqlite3

import functions_framework
import requests


@functions_framework.http
def fetch(request):
    url = request.args.get("url")
    r = requests.get(url, timeout=10) # VULN
    r2 = requests.get("https://status.acme.example/api/v2/summary.json", timeout=10) # SAFE
    name = request.args.get("file", "")
    with open(os.path.join("/tmp/reports", name)) as fh: # VULN CWE-22
        report = fh.read()
    with open(os.path.join("/tmp/reports", os.path.basename(name))) as fh: # SAFE CWE-22
        report += fh.read()
    db = sqlite3.connect("/tmp/cache.db")
    db.execute(f"DELETE FROM cache WHERE key = '{request.form['key']}'") # VULN CWE-89
    db.execute("DELETE FROM cache WHERE key = ?", (request.form["key"],)) # SAFE CWE-89
    return r.text + r2.text + report
`,
  ),
  ...rules(
    "CWE-89",
    "batch109: Azure Functions (v1 main and v2 decorators) reading params, route params and JSON bodies",
    `
import base64
import json
import logging
import os
import pickle
import subprocess

import azure.functions as func
import pyodbc
import requests
import yaml


def main(req: func.HttpRequest) -> func.HttpResponse:
    name = req.params.get("name")
    if not name:
        try:
            req_body = req.get_json()
        except ValueError:
            req_body = {}
        name = req_body.get("name")
    conn = pyodbc.connect(os.environ["SQL_CONN"])
    cur = conn.cursor()
    cur.execute("SELECT email FROM users WHERE name = '" + name + "'") # VULN
    cur.execute("SELECT email FROM users WHERE name = ?", name) # SAFE
    rows = cur.fetchall()
    logging.info("found %d rows", len(rows))
    return func.HttpResponse(f"<h1>Hello, {name}</h1>", mimetype="text/html") # VULN CWE-79


app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)


@app.route(route="hello")
def hello(req: func.HttpRequest) -> func.HttpResponse:
    name = req.params.get("name", "world")
    return func.HttpResponse(f"Hello, {name}", mimetype="text/plain") # SAFE CWE-79


@app.route(route="ping")
def ping(req: func.HttpRequest) -> func.HttpResponse:
    host = req.params.get("host", "")
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True) # VULN CWE-78
    out2 = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, text=True) # SAFE CWE-78
    return func.HttpResponse(out.stdout + out2.stdout, mimetype="text/plain")


@app.route(route="files/{name}")
def get_file(req: func.HttpRequest) -> func.HttpResponse:
    name = req.route_params.get("name")
    with open(os.path.join("/home/site/wwwroot/files", name), "rb") as f: # VULN CWE-22
        data = f.read()
    with open(os.path.join("/home/site/wwwroot/files", os.path.basename(name)), "rb") as f: # SAFE CWE-22
        data += f.read()
    return func.HttpResponse(data, mimetype="application/octet-stream")


@app.route(route="fetch", methods=["POST"])
def fetch(req: func.HttpRequest) -> func.HttpResponse:
    url = req.get_json().get("url")
    r = requests.get(url, timeout=10) # VULN CWE-918
    expr = req.get_body().decode()
    result = eval(expr) # VULN CWE-94
    return func.HttpResponse(r.text + str(result))


@app.route(route="orders/{order_id}", methods=["DELETE"])
def delete_order(req: func.HttpRequest) -> func.HttpResponse:
    order_id = req.route_params["order_id"]
    conn = pyodbc.connect(os.environ["SQL_CONN"])
    conn.execute(f"DELETE FROM orders WHERE id = {order_id}") # VULN
    conn.execute("DELETE FROM orders WHERE id = ?", int(order_id)) # SAFE
    conn.commit()
    return func.HttpResponse(status_code=204)


@app.blob_trigger(arg_name="myblob", path="uploads/{name}", connection="AzureWebJobsStorage")
def on_blob(myblob: func.InputStream):
    config = yaml.load(myblob.read(), Loader=yaml.Loader) # VULN CWE-502
    config2 = yaml.safe_load(myblob.read()) # SAFE CWE-502
    logging.info("keys %d %d", len(config), len(config2))


@app.queue_trigger(arg_name="msg", queue_name="jobs", connection="AzureWebJobsStorage")
def on_job(msg: func.QueueMessage):
    job = pickle.loads(base64.b64decode(msg.get_body())) # VULN CWE-502
    job2 = json.loads(msg.get_body()) # SAFE CWE-502
    logging.info("job %s %s", type(job).__name__, type(job2).__name__)
`,
  ),
  ...rules(
    "CWE-89",
    "batch109: Chalice routes and event handlers reading current_request, URI arguments and S3/SQS events",
    `
import json
import os
import subprocess

import pymysql
import requests
from chalice import Chalice, Response

app = Chalice(app_name="inventory")
conn = pymysql.connect(host=os.environ["DB_HOST"], user="app", password=os.environ["DB_PASSWORD"], database="inventory")


@app.route("/items")
def list_items():
    q = app.current_request.query_params or {}
    category = q.get("category", "")
    with conn.cursor() as cur:
        cur.execute(f"SELECT * FROM items WHERE category = '{category}'") # VULN
        cur.execute("SELECT * FROM items WHERE category = %s", (category,)) # SAFE
        return cur.fetchall()


@app.route("/items/{item_id}", methods=["DELETE"])
def delete_item(item_id):
    with conn.cursor() as cur:
        cur.execute("DELETE FROM items WHERE id = " + item_id) # VULN
        cur.execute("DELETE FROM items WHERE id = %s", (item_id,)) # SAFE
    conn.commit()
    return {"deleted": item_id}


@app.route("/render", methods=["POST"])
def render():
    body = app.current_request.json_body
    return Response(body=f"<p>{body['title']}</p>", headers={"Content-Type": "text/html"}, status_code=200) # VULN CWE-79


@app.route("/proxy")
def proxy():
    target = app.current_request.query_params.get("target")
    return requests.get(target, timeout=5).text # VULN CWE-918


@app.route("/export/{name}")
def export(name):
    subprocess.run("zip /tmp/out.zip /data/" + name, shell=True) # VULN CWE-78
    subprocess.run(["zip", "/tmp/out.zip", "/data/" + os.path.basename(name)]) # SAFE CWE-78
    return {"ok": True}


@app.route("/go")
def go():
    nxt = app.current_request.query_params["next"]
    return Response(body="", status_code=302, headers={"Location": nxt}) # VULN CWE-601


@app.route("/home")
def home():
    return Response(body="", status_code=302, headers={"Location": "/app/dashboard"}) # SAFE CWE-601


@app.on_s3_event(bucket="acme-uploads")
def on_upload(event):
    subprocess.run("clamscan /tmp/" + event.key, shell=True) # VULN CWE-78


@app.on_sqs_message(queue="reindex")
def on_reindex(event):
    for record in event:
        data = json.loads(record.body)
        with conn.cursor() as cur:
            cur.execute("UPDATE items SET dirty = 1 WHERE sku = '%s'" % data["sku"]) # VULN
            cur.execute("UPDATE items SET dirty = 1 WHERE sku = %s", (data["sku"],)) # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch109: FastAPI app wrapped by Mangum and a Flask app deployed with Zappa",
    `
import os
import subprocess

import psycopg2
from fastapi import FastAPI
from flask import Flask, request
from mangum import Mangum

api = FastAPI()
db = psycopg2.connect(os.environ["DATABASE_URL"])


@api.get("/ping")
def ping(host: str):
    safe = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True).stdout # SAFE
    os.system("ping -c 1 " + host) # VULN
    return {"out": safe.decode()}


@api.get("/users/{user_id}")
def read_user(user_id: str, fields: str = "id,name"):
    cur = db.cursor()
    cur.execute(f"SELECT {fields} FROM users WHERE id = %s", (user_id,)) # VULN CWE-89
    cur.execute("SELECT id, name FROM users WHERE id = %s", (user_id,)) # SAFE CWE-89
    return cur.fetchone()


handler = Mangum(api, lifespan="off")

app = Flask(__name__)


@app.route("/convert", methods=["POST"])
def convert():
    fmt = request.form.get("format", "pdf")
    subprocess.run("libreoffice --headless --convert-to " + fmt + " /tmp/in.docx", shell=True) # VULN
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "/tmp/in.docx"]) # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-78",
    "batch109: Celery and RQ tasks enqueued from a request running shell commands vs fixed tasks",
    `
import os
import subprocess

from celery import Celery
from flask import Flask, request
from redis import Redis
from rq import Queue

celery = Celery("tasks", broker=os.environ["BROKER_URL"])
app = Flask(__name__)
q = Queue(connection=Redis())


@celery.task
def backup_db(db_name):
    subprocess.run(f"pg_dump {db_name} > /backups/{db_name}.sql", shell=True) # VULN


@celery.task
def rotate_logs():
    subprocess.run("logrotate /etc/logrotate.d/app", shell=True) # SAFE


@celery.task
def archive(name):
    subprocess.run(["tar", "czf", "/backups/archive.tgz", "--", name], check=True) # SAFE


def render_report(template_name, params):
    subprocess.check_call("wkhtmltopdf /srv/reports/" + template_name + ".html /tmp/report.pdf", shell=True) # VULN


@app.post("/backup")
def backup():
    backup_db.delay(request.form["db"])
    archive.apply_async(args=[request.form["name"]])
    rotate_logs.delay()
    return "queued"


@app.post("/report")
def report():
    q.enqueue(render_report, request.json["template"], {})
    return "queued"
`,
  ),
  ...rules(
    "CWE-502",
    "batch109: task queues configured for pickle and Lambda records deserialised with pickle or unsafe YAML",
    `
import base64
import json
import os

import boto3
import pickle
import yaml
from celery import Celery

app = Celery("tasks", broker=os.environ["BROKER_URL"])
app.conf.accept_content = ["pickle", "json"] # VULN
app.conf.update(task_serializer="pickle", result_serializer="pickle") # VULN
safe_app = Celery("safe", broker=os.environ["BROKER_URL"])
safe_app.conf.update(accept_content=["json"], task_serializer="json", result_serializer="json") # SAFE

s3 = boto3.client("s3")


def consume(event, context):
    for r in event["Records"]:
        job = pickle.loads(base64.b64decode(r["body"])) # VULN
        job2 = json.loads(r["body"]) # SAFE
        print(type(job).__name__, len(job2))


def kinesis(event, context):
    for r in event["Records"]:
        payload = base64.b64decode(r["kinesis"]["data"])
        doc = yaml.load(payload, Loader=yaml.Loader) # VULN
        doc2 = yaml.safe_load(payload) # SAFE
        print(len(doc), len(doc2))


def on_upload(event, context):
    rec = event["Records"][0]["s3"]
    body = s3.get_object(Bucket=rec["bucket"]["name"], Key=rec["object"]["key"])["Body"].read()
    model = pickle.loads(body) # VULN
    meta = json.loads(body) # SAFE
    return {"type": type(model).__name__, "keys": list(meta)}
`,
  ),
  ...rules(
    "CWE-22",
    "batch109: Lambda handlers writing under /tmp with names from the event vs basenames and tempfile",
    `
import json
import os
import tarfile
import tempfile
import zipfile
from urllib.parse import unquote_plus

import boto3

s3 = boto3.client("s3")


def unpack(event, context):
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = unquote_plus(record["s3"]["object"]["key"])
        local = "/tmp/" + key
        s3.download_file(bucket, key, local) # VULN
        local2 = os.path.join("/tmp", os.path.basename(key))
        s3.download_file(bucket, key, local2) # SAFE
        with zipfile.ZipFile(local2) as zf:
            zf.extractall("/tmp/unzipped") # VULN CWE-409
        with tarfile.open(local2) as tf:
            tf.extractall("/tmp/untarred", filter="data") # SAFE


def upload(event, context):
    body = json.loads(event["body"])
    filename = body["filename"]
    path = os.path.join("/tmp", filename)
    with open(path, "w") as f: # VULN
        f.write(body["content"])
    with open(f"/tmp/{event['pathParameters']['name']}.json", "w") as f: # VULN
        f.write(event["body"])
    with tempfile.NamedTemporaryFile("w", dir="/tmp", suffix=".json", delete=False) as f: # SAFE
        f.write(event["body"])
    scratch = tempfile.mktemp(suffix=".zip") # VULN CWE-377
    fd, scratch2 = tempfile.mkstemp(suffix=".zip") # SAFE CWE-377
    os.close(fd)
    return {"statusCode": 200, "body": scratch + scratch2}
`,
  ),
  ...rules(
    "CWE-532",
    "batch109: Lambda handlers logging whole API events, credentials and the environment vs request ids and non-secret fields",
    `
import json
import logging
import os

import boto3

logger = logging.getLogger()
logger.setLevel(logging.INFO)
sm = boto3.client("secretsmanager")


def api_handler(event, context):
    logger.info("event: %s", json.dumps(event)) # VULN
    print(event) # VULN
    logger.info("path=%s method=%s", event.get("path"), event.get("httpMethod")) # SAFE
    logger.info("request id %s", context.aws_request_id) # SAFE
    logger.debug(f"headers: {event['headers']}") # VULN
    body = json.loads(event["body"])
    logger.info("login attempt with password %s", body["password"]) # VULN
    logger.info("login attempt, %d fields", len(body)) # SAFE
    token = event["headers"].get("authorization")
    logger.info("auth header %s", token) # VULN
    logger.info("auth header present: %s", token is not None) # SAFE
    return {"statusCode": 200}


def s3_handler(event, context):
    logger.info("received %s", json.dumps(event)) # SAFE
    return {"ok": True}


def secret_handler(event, context):
    secret = sm.get_secret_value(SecretId=os.environ["SECRET_ID"])
    logger.info("loaded secret %s", secret["SecretString"]) # VULN
    logger.info("loaded secret version %s", secret["VersionId"]) # SAFE
    print("DB creds", os.environ["DB_PASSWORD"]) # VULN
    print(dict(os.environ)) # VULN
    logger.info("region %s", os.environ["AWS_REGION"]) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-94",
    "batch109: Lambda handlers evaluating expressions and code from the event vs literal parsing",
    `
import ast
import json


def calc(event, context):
    expr = event["queryStringParameters"]["expr"]
    result = eval(expr) # VULN
    value = ast.literal_eval(expr) # SAFE
    body = json.loads(event["body"])
    exec(body["code"]) # VULN
    rule = compile(body["rule"], "<rule>", "eval") # VULN
    fixed = eval("1 + 2") # SAFE
    return {"statusCode": 200, "body": json.dumps({"r": str(result), "v": str(value), "f": fixed, "c": str(rule)})}


def transform(event, context):
    out = []
    for record in event["Records"]:
        msg = json.loads(record["body"])
        out.append(eval(msg["formula"], {"__builtins__": {}}, {"x": msg["x"]})) # VULN
        out.append(float(msg["x"]) * 2) # SAFE
    return out
`,
  ),
  ...rules(
    "CWE-601",
    "batch109: Lambda redirects to a location from the query vs fixed and allow-listed locations",
    `
from urllib.parse import urlparse

ALLOWED = {"app.acme.example", "docs.acme.example"}


def login_redirect(event, context):
    nxt = (event.get("queryStringParameters") or {}).get("next", "/")
    return {"statusCode": 302, "headers": {"Location": nxt}, "body": ""} # VULN


def login_redirect_checked(event, context):
    nxt = (event.get("queryStringParameters") or {}).get("next", "/")
    if urlparse(nxt).hostname not in ALLOWED:
        nxt = "/"
    return {"statusCode": 302, "headers": {"Location": nxt}, "body": ""} # SAFE


def logout(event, context):
    return {"statusCode": 302, "headers": {"Location": "https://app.acme.example/login"}, "body": ""} # SAFE


def go(event, context):
    target = event["pathParameters"]["target"]
    return {"statusCode": 301, "multiValueHeaders": {"Location": ["https://" + target]}, "body": ""} # VULN
`,
  ),
];
