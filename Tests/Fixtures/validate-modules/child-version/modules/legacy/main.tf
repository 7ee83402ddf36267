terraform {
  required_version = "~> 0.12.0"
}

output "also_not_evaluated" {
  value = local.missing
}
