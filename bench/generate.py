#!/usr/bin/env python3
"""Writes a large Terraform configuration for the parse benchmark.

    bench/generate.py OUT_DIR [RESOURCES] [FILES]

Every resource is a terraform_data block, so that Terraform can validate the configuration
without downloading a provider. Blocks rotate through several shapes that between them use
interpolated strings, heredocs, for expressions, conditionals, function calls, nested blocks,
lists, maps and comments. The output is already in terraform fmt's canonical layout.
"""

import os
import sys

HEADER = """\
variable "environment" {
  description = "Name of the environment the benchmark pretends to deploy."
  type        = string
  default     = "bench"
}

variable "regions" {
  type    = list(string)
  default = ["eu-west-1", "us-east-1", "ap-south-1"]
}

variable "limits" {
  type = map(number)
  default = {
    replicas = 5
    timeout  = 30
  }
}

locals {
  prefix = "iac-${var.environment}"
  owner  = "platform-team"
  tags = {
    environment = var.environment
    owner       = "platform-team"
    cost_center = "1234"
  }
}
"""

SHAPES = [
    """\
# Service {i}: a plain object input with interpolation and a conditional.
resource "terraform_data" "r{i}" {{
  input = {{
    name     = "${{local.prefix}}-r{i}-${{var.environment}}"
    enabled  = {i} % 3 == 0 ? true : false
    replicas = max(1, min({m}, var.limits["replicas"]))
    zones    = concat(var.regions, ["extra-{i}"])
  }}
}}
""",
    """\
resource "terraform_data" "r{i}" {{
  input = <<-EOT
    Resource {i} of the benchmark, in ${{var.regions[{i} % length(var.regions)]}}.
    Owner: ${{upper(local.owner)}}
  EOT

  triggers_replace = [var.environment, "r{i}"] # replaced with the environment
}}
""",
    """\
resource "terraform_data" "r{i}" {{
  input = {{
    ports  = [for p in range(3) : 8000 + p * {m}]
    labels = {{ for k, v in local.tags : k => lower(v) if k != "cost_center" }}
    settings = {{
      timeout = var.limits["timeout"]
      retries = {m}
    }}
  }}

  lifecycle {{
    create_before_destroy = true

    precondition {{
      condition     = length(var.regions) > 0
      error_message = "At least one region is required for r{i}."
    }}
  }}
}}
""",
    """\
/* Chained to the block before it. */
resource "terraform_data" "r{i}" {{
  input = {{
    after   = terraform_data.r{p}.id
    summary = format("%s/%d", local.prefix, {i})
    keys    = sort(keys(local.tags))
    flags   = {{ primary = {i} % 2 == 0, tier = "t${{{m} + 1}}" }}
  }}

  depends_on = [terraform_data.r{p}]
}}
""",
]


def block(i: int) -> str:
    shape = SHAPES[i % len(SHAPES)]
    # The chained shape refers to the block before it; the first block has none before it.
    if shape is SHAPES[3] and i == 0:
        shape = SHAPES[0]
    return shape.format(i=i, m=i % 7 + 1, p=i - 1)


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    resources = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    files = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".tf"):
            os.remove(os.path.join(out, name))
    with open(os.path.join(out, "variables.tf"), "w") as f:
        f.write(HEADER)
    per_file = -(-resources // files)
    for n in range(files):
        first, last = n * per_file, min(resources, (n + 1) * per_file)
        if first >= last:
            break
        with open(os.path.join(out, "resources_%03d.tf" % n), "w") as f:
            f.write("\n".join(block(i) for i in range(first, last)))


if __name__ == "__main__":
    main()
