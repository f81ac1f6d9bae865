/// The release of Fazhi this build is, as `fazhi --version` prints it.
enum Version {
    /// Raised with each release that changes what analysis or the store produce.
    static let current = "0.3.0"
}
