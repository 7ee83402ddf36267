module "web" {
  source = "./modules/web"

  name     = "web"
  instance = 2
  colour   = "blue"
}
