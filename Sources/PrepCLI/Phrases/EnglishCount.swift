/// "1 card", "3 cards": English counts agree with their noun; Chinese needs no such rule.
func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(count == 1 ? noun : noun + "s")"
}
