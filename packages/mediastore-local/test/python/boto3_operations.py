"""Drives a mediastore-local server through every operation with boto3/botocore.

Usage: python3 boto3_operations.py ENDPOINT
Prints one JSON object: what each call returned (or the error code it raised), for the
vitest suite (boto3.test.ts) to check. Written against boto3 1.43; uses only public API.
"""
import json
import sys
import time
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
kw = dict(region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test",
          config=Config(retries={"max_attempts": 1}))
ms = boto3.client("mediastore", endpoint_url=endpoint, **kw)
out = {}


def code(fn):
    try:
        fn()
        return None
    except ClientError as e:
        return e.response["Error"]["Code"]


name = "boto"
arn = ms.create_container(ContainerName=name, Tags=[{"Key": "team", "Value": "media"}])["Container"]["ARN"]
for _ in range(200):
    c = ms.describe_container(ContainerName=name)["Container"]
    if c["Status"] == "ACTIVE":
        break
    time.sleep(0.02)
out["describe"] = {"Status": c["Status"], "Endpoint": c["Endpoint"], "ARN": c["ARN"],
                   "CreationTimeIsDate": hasattr(c["CreationTime"], "year")}
out["list"] = [x["Name"] for x in ms.list_containers(MaxResults=10)["Containers"]]

policy = json.dumps({"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Principal": "*",
                     "Action": "mediastore:GetObject", "Resource": arn + "/*"}]})
ms.put_container_policy(ContainerName=name, Policy=policy)
out["policy"] = ms.get_container_policy(ContainerName=name)["Policy"] == policy
ms.delete_container_policy(ContainerName=name)
out["policyAfterDelete"] = code(lambda: ms.get_container_policy(ContainerName=name))

cors = [{"AllowedOrigins": ["*"], "AllowedMethods": ["GET"], "AllowedHeaders": ["*"], "MaxAgeSeconds": 30}]
ms.put_cors_policy(ContainerName=name, CorsPolicy=cors)
out["cors"] = ms.get_cors_policy(ContainerName=name)["CorsPolicy"] == cors
ms.delete_cors_policy(ContainerName=name)
out["corsAfterDelete"] = code(lambda: ms.get_cors_policy(ContainerName=name))

lifecycle = json.dumps({"rules": [{"definition": {"path": [{"prefix": "x/"}]}, "action": "EXPIRE", "seconds": 60}]})
ms.put_lifecycle_policy(ContainerName=name, LifecyclePolicy=lifecycle)
out["lifecycle"] = ms.get_lifecycle_policy(ContainerName=name)["LifecyclePolicy"] == lifecycle
ms.delete_lifecycle_policy(ContainerName=name)
out["lifecycleAfterDelete"] = code(lambda: ms.get_lifecycle_policy(ContainerName=name))

metric = {"ContainerLevelMetrics": "ENABLED", "MetricPolicyRules": [{"ObjectGroup": "x/", "ObjectGroupName": "x"}]}
ms.put_metric_policy(ContainerName=name, MetricPolicy=metric)
out["metric"] = ms.get_metric_policy(ContainerName=name)["MetricPolicy"] == metric
ms.delete_metric_policy(ContainerName=name)
out["metricAfterDelete"] = code(lambda: ms.get_metric_policy(ContainerName=name))

ms.start_access_logging(ContainerName=name)
out["logging"] = ms.describe_container(ContainerName=name)["Container"]["AccessLoggingEnabled"]
ms.stop_access_logging(ContainerName=name)

ms.tag_resource(Resource=arn, Tags=[{"Key": "env", "Value": "test"}])
ms.untag_resource(Resource=arn, TagKeys=["team"])
out["tags"] = ms.list_tags_for_resource(Resource=arn)["Tags"]
out["badArn"] = code(lambda: ms.list_tags_for_resource(Resource="not-an-arn"))

data = boto3.client("mediastore-data", endpoint_url=c["Endpoint"], **kw)
put = data.put_object(Path="folder/a.txt", Body=b"hello boto3", ContentType="text/plain", CacheControl="max-age=5")
out["put"] = {"ETag": put["ETag"], "StorageClass": put["StorageClass"]}
got = data.get_object(Path="folder/a.txt")
out["get"] = {"Body": got["Body"].read().decode(), "ContentType": got["ContentType"], "CacheControl": got.get("CacheControl")}
ranged = data.get_object(Path="folder/a.txt", Range="bytes=0-4")
out["range"] = {"Body": ranged["Body"].read().decode(), "ContentRange": ranged["ContentRange"], "Status": ranged["StatusCode"]}
head = data.describe_object(Path="folder/a.txt")
out["head"] = {"ContentLength": head["ContentLength"], "ETag": head["ETag"]}
out["items"] = [[i["Name"], i["Type"]] for i in data.list_items(Path="folder")["Items"]]
out["rootItems"] = [[i["Name"], i["Type"]] for i in data.list_items()["Items"]]
# A dot segment: botocore signs the resolved path, the server stores it there.
data.put_object(Path="folder/./dot.txt", Body=b"dot")
out["dot"] = data.get_object(Path="folder/dot.txt")["Body"].read().decode()
data.delete_object(Path="folder/dot.txt")

# Presigned URLs, sent with urllib: botocore signs PUT and GET with the empty-body hash.
# Body is a required member, so a presign names an empty one: the URL carries no body hash.
put_url = data.generate_presigned_url("put_object", Params={"Path": "presigned/p.txt", "Body": b""}, ExpiresIn=300)
req = urllib.request.Request(put_url, data=b"presigned body", method="PUT", headers={"Content-Type": "text/plain"})
with urllib.request.urlopen(req) as r:
    out["presignedPut"] = r.status
get_url = data.generate_presigned_url("get_object", Params={"Path": "presigned/p.txt"}, ExpiresIn=300)
with urllib.request.urlopen(get_url) as r:
    out["presignedGet"] = r.read().decode()
data.delete_object(Path="presigned/p.txt")

data.delete_object(Path="folder/a.txt")
out["getAfterDelete"] = code(lambda: data.get_object(Path="folder/a.txt"))
ms.delete_container(ContainerName=name)
out["describeAfterDelete"] = code(lambda: ms.describe_container(ContainerName=name))
print(json.dumps(out))
