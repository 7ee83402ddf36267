test "labelled" {}

run "after label" {
  bogus = 1
}
