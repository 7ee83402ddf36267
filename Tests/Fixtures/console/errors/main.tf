locals {
  names = ["a", "b"]
}
