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
}
