locals {
  name_prefix = "${var.project}-${var.environment}"

  # One entry per service replica, keyed "service-index".
  replicas = merge([
    for name, svc in var.services : {
      for i in range(svc.replicas) : "${name}-${i}" => {
        service = name
        port    = svc.port + i
      }
    }
  ]...)

  common_tags = {
    project     = var.project
    environment = var.environment
    managed_by  = "iac"
  }
}

resource "random_pet" "suffix" {
  length    = 2
  separator = "-"
}

resource "random_id" "token" {
  byte_length = 8

  keepers = {
    environment = var.environment
  }
}

resource "terraform_data" "release" {
  input = {
    name     = "${local.name_prefix}-${random_pet.suffix.id}"
    replicas = length(local.replicas)
    tags     = local.common_tags
  }

  triggers_replace = [var.environment]
}

resource "local_file" "inventory" {
  filename        = "${path.module}/${var.output_dir}/inventory.json"
  file_permission = "0644"
  content = jsonencode({
    release  = terraform_data.release.output.name
    replicas = local.replicas
  })
}

resource "local_file" "service_env" {
  for_each = var.services

  filename = "${path.module}/${var.output_dir}/${each.key}.env"
  content  = <<-EOT
    SERVICE=${each.key}
    PORT=${each.value.port}
    REPLICAS=${each.value.replicas}
    TOKEN=${random_id.token.hex}
  EOT
}
