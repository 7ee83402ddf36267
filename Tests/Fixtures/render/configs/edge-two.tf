resource "terraform_data" "edge" {
  input = {
    ml      = "alpha\nBETA\ngamma\n"
    empty   = ""
    js      = jsonencode({ a = 2, b = ["x", "z"], c = { d = true } })
    jsw     = "{\n  \"k\": \"v\"\n}"
    long    = ["a", "b", "c", "D", "e", "f", "g"]
    objs    = [{ n = 1, s = "x" }, { n = 3, s = "y" }]
    typechg = ["now", "list"]
    becomes = sensitive("secret")
    "odd key" = 2
  }
}
resource "terraform_data" "emptystr" {
  input = ""
}
resource "terraform_data" "unknown_inside" {
  input = ["a", terraform_data.emptystr.id, "c"]
}
