/// The start's reminder that the records have not been copied off the machine lately: the
/// daily copies sit on the same disk, and a disk that dies takes them along.
public enum BackupReminder {
    /// Nil while the last `haian backup` is recent enough (or reminders are off).
    /// Nil while the last `haian backup` is recent enough, or the records are younger than
    /// `days` (a new file), or reminders are off.
    public static func message(lastBackup: Day?, firstEntry: Day?, today: Day, days: Int, dailyFolder: String) -> String? {
        guard days > 0, let since = lastBackup ?? firstEntry, today.dayNumber - since.dayNumber > days else { return nil }
        let folder = "Bản sao hằng ngày ở \(dailyFolder), cùng ổ đĩa: hãy chép ra USB bằng haian backup ĐƯỜNG-DẪN."
        guard let lastBackup else { return "Chưa sao lưu ra ngoài lần nào từ \(since.display). " + folder }
        return "Lần sao lưu ra ngoài gần nhất cách đây \(today.dayNumber - lastBackup.dayNumber) ngày (\(lastBackup.display)). " + folder
    }
}
