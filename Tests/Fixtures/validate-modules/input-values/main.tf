variable "region" {
  type = string
}

locals {
  ports = [80, 443]
}

module "typed" {
  source = "./modules/server"

  port     = "eighty"
  name     = "typed"
  zone     = "a"
  replicas = 1
}

module "nulls" {
  source = "./modules/server"

  port     = 8080
  name     = null
  zone     = null
  replicas = null
}

module "rules" {
  source = "./modules/server"

  port     = 80
  name     = "x"
  zone     = var.region
  replicas = 12
}

module "counted" {
  count  = 2
  source = "./modules/server"

  port     = local.ports[count.index]
  name     = "counted-${count.index}"
  zone     = local.zone
  replicas = 1
}

module "secret" {
  source = "./modules/server"

  port     = 8080
  name     = sensitive("no")
  zone     = "b"
  replicas = 1
}
