/// Where frames go. The event loop draws whole buffers; a backend decides what to send.
public protocol Backend: AnyObject {
    /// Current size in columns and rows.
    func size() -> (width: Int, height: Int)
    /// Shows `buffer`, sending only what changed since the last frame.
    func draw(_ buffer: Buffer)
}
