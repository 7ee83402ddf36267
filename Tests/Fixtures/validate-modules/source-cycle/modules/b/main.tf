module "back" {
  source = "../a"
}
