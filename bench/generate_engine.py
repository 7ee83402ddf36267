#!/usr/bin/env python3
"""Writes a configuration of N `terraform_data` resources for the plan/apply benchmark, in one
of three shapes, split over files of 1,000 blocks each:

    independent  every resource stands alone
    chain        each resource's input is the previous one's output
    fanout       a tree: each resource has up to 10 children that refer to it

    bench/generate_engine.py OUTPUT_DIR N SHAPE
"""
import os
import sys


def resource(i, shape):
    if shape == "independent" or i == 0:
        value = f'"value-{i}"'
    elif shape == "chain":
        value = f"terraform_data.r{i - 1}.output"
    else:
        value = f"terraform_data.r{(i - 1) // 10}.output"
    return f'resource "terraform_data" "r{i}" {{\n  input = {value}\n}}\n'


def main():
    out, n, shape = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if shape not in ("independent", "chain", "fanout"):
        sys.exit(f"unknown shape {shape}")
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith(".tf"):
            os.remove(os.path.join(out, name))
    for start in range(0, n, 1000):
        with open(os.path.join(out, f"r{start // 1000:03d}.tf"), "w") as f:
            f.write("\n".join(resource(i, shape) for i in range(start, min(n, start + 1000))))


if __name__ == "__main__":
    main()
