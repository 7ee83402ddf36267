locals {
  a = "prefix ${var.name
  b = "${"
  c = "%{ for x in [1, 2] }${x
}
