#!/usr/bin/env python3
"""Writes a configuration for the evaluation benchmark: N locals that build on each other
(objects, templates, for expressions, conditionals, function calls) and N `terraform_data`
resources with for_each over a local map, split over files of 1,000 blocks each.

    bench/generate_eval.py OUTPUT_DIR N
"""
import os
import sys


def local_block(i):
    if i == 0:
        return 'locals {\n  l0 = { name = "n0", size = 1, tags = ["a", "b"] }\n}\n'
    prev = f"local.l{i - 1}"
    kinds = [
        f'{{ name = "${{{prev}.name}}-{i}", size = {prev}.size + {i % 7}, tags = {prev}.tags }}',
        f'{{ name = upper("n{i}"), size = {prev}.size * 2 % 1000, tags = [for t in {prev}.tags : "${{t}}{i % 10}"] }}',
        f'{{ name = {prev}.size > 500 ? "big{i}" : "small{i}", size = length({prev}.tags) + {i}, tags = {prev}.tags }}',
        f'{{ name = join("-", {prev}.tags), size = {i}, tags = [for k, v in {{ x = 1, y = 2 }} : "${{k}}${{v}}"] }}',
    ]
    return f"locals {{\n  l{i} = {kinds[i % len(kinds)]}\n}}\n"


def resource_block(i):
    return (
        f'resource "terraform_data" "r{i}" {{\n'
        f'  for_each = {{ a = {i}, b = {i + 1} }}\n'
        f'  input = {{\n'
        f'    name  = "${{local.l{i}.name}}-${{each.key}}"\n'
        f'    value = each.value * 2 + local.l{i}.size\n'
        f'    tags  = [for t in local.l{i}.tags : upper(t)]\n'
        f'  }}\n'
        f'}}\n'
    )


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".tf"):
            os.remove(os.path.join(out, name))
    per_file = 1000
    for start in range(0, n, per_file):
        with open(os.path.join(out, f"part{start // per_file:03d}.tf"), "w") as f:
            for i in range(start, min(n, start + per_file)):
                f.write(local_block(i))
                f.write(resource_block(i))


if __name__ == "__main__":
    main()
