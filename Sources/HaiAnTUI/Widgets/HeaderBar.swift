import Model

/// The top row: the program, the commune and the movement, and the day the program treats as today.
enum HeaderBar {
    static func render(into buffer: inout Buffer, state: AppState) {
        let width = buffer.width
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: Theme.header)
        let movement = state.data.movement
        // Once the movement is over, the header says so: what is typed then dates from its last day.
        let right = "Hôm nay \(state.today.display)" + (state.today > Plan.movementEnd ? " · phong trào đã kết thúc " : " ")
        let rightWidth = VietText.displayWidth(right)
        let demo = state.data.demo == nil ? "" : " · DỮ LIỆU MẪU"
        let left = " HaiAn\(demo) · Xã \(movement.commune) · \(movement.name)"
        buffer.put(left, x: 0, y: 0, style: Theme.header, maxWidth: width - rightWidth - 1)
        buffer.put(right, x: width - rightWidth, y: 0, style: Theme.header)
    }
}
