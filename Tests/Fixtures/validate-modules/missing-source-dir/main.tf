module "gone" {
  source = "./modules/gone"
}

module "here" {
  source = "./modules/here"
}
