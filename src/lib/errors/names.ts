/**
 * Error names in signature templates: "CannotPullContainerError: {detail}" begins with one, an API
 * error may carry several ("... (AccessDeniedException) ... ClientException"). The lookup, the
 * preview labels and the /e/ pages all read names through the first two functions; the lookup
 * also reads the AWS service an SDK error names through the third.
 */

/** The error name a signature starts with, if any. */
export function leadingErrorName(signature: string): string | undefined {
  return /^([A-Za-z][A-Za-z0-9]*(?:Error|Exception|Timeout))\b/.exec(signature.trim())?.[1];
}

/** Every error name anywhere in a signature, once each, in order. */
export function errorNames(signature: string): string[] {
  return [...new Set([...signature.matchAll(/\b([A-Z][A-Za-z0-9]*(?:Error|Exception))\b/g)].map((m) => m[1]!))];
}

/**
 * The AWS services an error names in the AWS SDK for Go v2's wording, `operation error <service
 * id>: <operation>, ...` (smithy-go's `OperationError`), lower-cased: `operation error S3:
 * HeadObject` names `s3`, `operation error Elastic Load Balancing v2: DescribeTargetGroups` names
 * `elastic load balancing v2`. ecspresso, Copilot and Terraform print errors in this wording.
 */
export function operationServices(text: string): string[] {
  return [...new Set([...text.matchAll(/\boperation error ([A-Za-z0-9][A-Za-z0-9 ]{0,40}?):/gi)].map((m) => m[1]!.toLowerCase()))];
}
