//! Which trust stores accepted the server's chain, and how the chain was built.

/// What one trust store made of the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TrustView {
    /// The store verified the chain.
    Accepted,
    /// The store rejected the chain.
    Rejected,
    /// The store was not consulted: empty, unreadable or not given.
    #[default]
    Absent,
}

/// The chain as each trust store saw it, side by side: clients differ in which
/// store they read, so one verdict cannot say which clients fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TrustViews {
    /// This machine's OS trust store (what browsers and curl use).
    pub os: TrustView,
    /// The Mozilla bundle that Node.js, Python certifi and many containers ship.
    pub mozilla: TrustView,
    /// The certificates given with `--ca-file`.
    pub ca_file: TrustView,
}

impl TrustViews {
    /// Whether any store verified the chain.
    pub fn any_accepted(&self) -> bool {
        [self.os, self.mozilla, self.ca_file].contains(&TrustView::Accepted)
    }
}

/// One certificate the server sent, as "subject, signed by issuer".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainLink {
    /// Subject distinguished name.
    pub subject: String,
    /// Issuer distinguished name.
    pub issuer: String,
}

/// How the server's chain is built, read from the certificates it sent.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChainFacts {
    /// Every certificate sent, the leaf first.
    pub sent: Vec<ChainLink>,
    /// The leaf names itself as its issuer.
    pub self_issued: bool,
    /// The leaf says it is a CA (basicConstraints CA:TRUE), as `openssl req -x509` makes it.
    pub leaf_is_ca: bool,
    /// The leaf's issuer is among the certificates sent.
    pub issuer_sent: bool,
    /// The leaf's AIA caIssuers URL, where its issuer can be downloaded.
    pub ca_issuers_url: Option<String>,
}

/// What the TLS phase learnt about trust.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrustFacts {
    /// Each store's verdict.
    pub views: TrustViews,
    /// The chain as sent.
    pub chain: ChainFacts,
}
