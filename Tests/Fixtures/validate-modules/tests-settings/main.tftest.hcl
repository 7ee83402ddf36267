test {
  parallel     = "sometimes"
  skip_cleanup = false
  workers      = 2
}

run "not reached" {
  bogus = true
}
