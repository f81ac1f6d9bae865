import FazhiCore
import FazhiServer
import FazhiSQLite
import FazhiStore
import FazhiTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Desk sessions live in the store: servers over one store share sign-ins and hold no state of their own.
@Suite("sessions across servers")
struct SessionTests {
    /// Signs in as 王审 on a new server over the store; the session cookie.
    static func signIn(_ store: SQLiteReportStore) async throws -> String {
        try await ServerFixture.app(store: store, users: ReviewRouteTests.users).test(.router) { client in
            try await client.execute(uri: "/signin", method: .post, headers: ReviewRouteTests.formType,
                                     body: ReviewRouteTests.form([("token", "review-token"), ("next", "/")])) { response in
                #expect(response.status == .seeOther)
                return String((response.headers[.setCookie] ?? "").prefix { $0 != ";" })
            }
        }
    }

    /// Whether a new server over the store, with these users, sees 王审 signed in with the cookie.
    static func signedIn(_ cookie: String, _ store: SQLiteReportStore, users: [ServerUser] = ReviewRouteTests.users) async throws -> Bool {
        try await ServerFixture.app(store: store, users: users).test(.router) { client in
            try await client.execute(uri: "/reports", method: .get, headers: [.cookie: cookie]) { $0.text.contains("王审（审核）") }
        }
    }

    @Test("a sign-in on one server holds on another over the same store; signing out on either ends it on both")
    func sharedStore() async throws {
        let store = try ServerFixture.emptyStore()
        let cookie = try await Self.signIn(store)
        #expect(cookie.hasPrefix("fazhi_session=") && cookie.count == "fazhi_session=".count + 64)
        #expect(try await Self.signedIn(cookie, store), "a second server knows the session")
        try await ServerFixture.app(store: store, users: ReviewRouteTests.users).test(.router) { client in
            try await client.execute(uri: "/signout", method: .post, headers: [.cookie: cookie]) { #expect($0.status == .seeOther) }
        }
        #expect(try await !Self.signedIn(cookie, store), "signed out everywhere")
        // A user taken out of the users file is signed out at once.
        let again = try await Self.signIn(store)
        #expect(try await !Self.signedIn(again, store, users: ReviewRouteTests.users.filter { $0.name != "王审" }))
    }
}
