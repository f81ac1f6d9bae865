import FazhiCore
import FazhiStore
import FazhiTesting
import Testing

@Suite("the stored form of an ingest item")
struct StoredFormTests {
    @Test("made ahead, it is what the store would make; a changed report drops it")
    func prepared() throws {
        var item = try Items.item("fixtures/county.txt", text: Fixtures.countyReport)
        let made = try item.storedForm()
        try item.prepareStoredForm()
        let prepared = try #require(item.preparedStoredForm)
        #expect(prepared.analysis == made.analysis && prepared.text == made.text && prepared.positions == made.positions)
        #expect(prepared.figureNumbers.map(\.value) == item.report.quantities.map { "\($0.value)" })
        #expect(prepared.figureNumbers.count > 3)
        item.report.quantities.removeAll()
        #expect(item.preparedStoredForm == nil)
        #expect(try item.storedForm().figureNumbers.isEmpty)
    }
}
