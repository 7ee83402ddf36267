run "again" {
  module {
    source = "./setup"
  }
}
