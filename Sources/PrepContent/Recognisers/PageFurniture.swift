/// What a web page prints around a post and a copy drags along: share buttons, "related posts", the
/// previous/next links, copyright lines. None of it belongs to the answer above it.
enum PageFurniture {
    static let lines: Set<String> = [
        "相关推荐", "相關推薦", "相关文章", "相關文章", "推荐阅读", "推薦閱讀", "猜你喜欢", "猜你喜歡", "热门文章", "熱門文章",
        "上一篇", "下一篇", "点赞", "點讚", "收藏", "分享", "评论", "評論", "打赏", "打賞", "关注", "關注", "举报", "檢舉",
        "文章目录", "文章目錄", "目录", "目錄", "版权声明", "版權聲明",
        "related posts", "related articles", "you may also like", "share this", "share", "like", "comments",
        "leave a comment", "leave a reply", "previous post", "next post", "table of contents", "subscribe",
        "no comments", "post a comment", "newer post", "older post", "home", "share to twitter", "share to facebook",
    ]

    /// A short line made only of such words (`点赞 收藏 分享`), or one that starts a copyright notice or a
    /// previous/next link (`上一篇：…`, `Next post: …`).
    static func isFurniture(_ line: some StringProtocol) -> Bool {
        var text = line.trimmed.lowercased()
        while let last = text.last, ":：".contains(last) { text.removeLast() }
        guard !text.isEmpty, text.count <= 40 else { return false }
        if lines.contains(text) { return true }
        if text.hasPrefix("copyright") || text.hasPrefix("©") || text.hasPrefix("版权所有") || text.hasPrefix("版權所有") {
            return true
        }
        for link in ["上一篇", "下一篇", "previous post", "next post"] where text.hasPrefix(link) { return true }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "·" || $0 == "|" })
        return words.count > 1 && words.allSatisfy { lines.contains(String($0)) }
    }
}
