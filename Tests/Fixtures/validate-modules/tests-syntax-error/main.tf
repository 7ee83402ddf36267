module "child" {
  source = "./modules/child"
}

output "unchecked" {
  value = local.missing
}
