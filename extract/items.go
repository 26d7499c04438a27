package extract

// items finds the items of the call.
func (p *parser) items() []Item { return []Item{} }
