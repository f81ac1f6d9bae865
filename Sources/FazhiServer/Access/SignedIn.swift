/// The user a request comes from (by its bearer token or its session cookie), for the page being rendered: the layout
/// shows who is signed in. Bound per request by `AccessMiddleware`, carried into blocking work by `Blocking`.
enum SignedIn {
    @TaskLocal static var user: ServerUser?
}
