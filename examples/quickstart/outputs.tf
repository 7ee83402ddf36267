output "release_name" {
  description = "Name of this release."
  value       = terraform_data.release.output.name
}

output "replica_count" {
  description = "Total number of service replicas."
  value       = length(local.replicas)
}

output "files" {
  description = "Files written by this example."
  value = concat(
    [local_file.inventory.filename],
    [for f in local_file.service_env : f.filename],
  )
}

output "token" {
  description = "Deployment token; kept out of the plan output."
  value       = random_id.token.hex
  sensitive   = true
}
