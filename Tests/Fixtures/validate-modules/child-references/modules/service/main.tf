variable "name" {
  type = string
}

module "worker" {
  source = "./worker"
  queue  = var.name
}

resource "terraform_data" "service" {
  input = aws_instance.web.id
}

data "terraform_remote_state" "shared" {
  backend = "local"
}

output "url" {
  value = "https://${var.name}.example.com"
}

output "path" {
  value = path.module
}

output "lookup" {
  value = data.aws_ami.ubuntu.id
}

output "worker" {
  value = module.workers.queue
}

output "worker_size" {
  value = module.worker.size
}

output "unknown" {
  value = var.nmae
}
