/// What `importArticle` did with one file.
package enum ImportOutcome: Sendable, Hashable {
    /// Same path and content hash as the stored article: nothing was written.
    case unchanged
    case imported(Counts)

    /// Cards of the file by what happened to them. Moves (position or line only) count as unchanged.
    package struct Counts: Sendable, Hashable {
        package var added = 0
        package var updated = 0
        /// Archived keys that came back into the file.
        package var restored = 0
        /// Keys gone from the file; archived, their state and reviews kept.
        package var archived = 0
        package var unchanged = 0
        /// New items that took the place of a gone one (same kind and answer, or same place and similar
        /// wording) and inherited its schedule and history, like a rename.
        package var reworded = 0
        /// Cards whose key another file already holds (prep's own export imported back): left as they are.
        package var keptElsewhere = 0

        package init(
            added: Int = 0, updated: Int = 0, restored: Int = 0, archived: Int = 0, unchanged: Int = 0, reworded: Int = 0,
            keptElsewhere: Int = 0
        ) {
            self.added = added
            self.updated = updated
            self.restored = restored
            self.archived = archived
            self.unchanged = unchanged
            self.reworded = reworded
            self.keptElsewhere = keptElsewhere
        }
    }
}
