resource "terraform_data" "edge" {
  input = {
    ml      = "alpha\nbeta\ngamma\n"
    empty   = ""
    js      = jsonencode({ a = 1, b = ["x", "y"], c = { d = true } })
    jsw     = jsonencode({ k = "v" })
    long    = ["a", "b", "c", "d", "e", "f", "g"]
    objs    = [{ n = 1, s = "x" }, { n = 2, s = "y" }]
    typechg = "scalar"
    becomes = "plain"
    gone    = "bye"
    "odd key" = 1
  }
}
resource "terraform_data" "emptystr" {
  input = ""
}
resource "terraform_data" "unknown_inside" {
  input = ["a"]
}
