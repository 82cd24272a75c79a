import Foundation
import PrepContent

/// An imported file, as the `article` table keeps it.
package struct StoredArticle: Sendable, Hashable {
    package var id: Int64
    package var path: String
    package var topic: String
    package var slug: String
    package var lang: String
    package var title: String
    package var format: ArticleFormat
    package var contentHash: String
    package var importedAt: Date

    package init(
        id: Int64, path: String, topic: String, slug: String, lang: String, title: String, format: ArticleFormat,
        contentHash: String, importedAt: Date
    ) {
        self.id = id
        self.path = path
        self.topic = topic
        self.slug = slug
        self.lang = lang
        self.title = title
        self.format = format
        self.contentHash = contentHash
        self.importedAt = importedAt
    }
}
