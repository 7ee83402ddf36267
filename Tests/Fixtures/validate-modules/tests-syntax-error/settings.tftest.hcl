test {
  parallel = true
}

test {
  parallel = "sometimes"
}

run "not reached" {
  bogus = true
}
