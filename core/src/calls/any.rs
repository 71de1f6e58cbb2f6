//! [`ApiRequest`]: a request of any declared call (`join` included), built by name, for hosts
//! that hold parameters as strings. Expanded from [`for_each_call!`](crate::for_each_call).

use super::call::ApiCall;
use super::requests::*;
use crate::invalid::{InvalidParameter, Rule};
use crate::params::Param;

/// Something done with the typed request inside an [`ApiRequest`], whatever its call.
pub(crate) trait WithCall {
    /// What it gives.
    type Output;
    /// Does it with this request.
    fn with<C: ApiCall>(self, call: &C) -> Self::Output;
}

macro_rules! define_any_request {
    ($( [$ty:ident, $call:literal, $method:ident, $body:ident, $tydoc:literal] { $($rows:tt)* } )*) => {
        // One request at a time, usually behind a handle: the size of `create` is fine.
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
        #[derive(Clone, Debug, PartialEq, Eq)]
        enum AnyCall {
            $( $ty($ty), )*
        }

        /// Every call's name, for the error naming an unknown one: `join, create, …`.
        const ONE_OF: &str = {
            const ALL: &str = concat!($($call, ", ",)*);
            match std::str::from_utf8(ALL.as_bytes().split_at(ALL.len() - 2).0) {
                Ok(names) => names,
                Err(_) => panic!("call names are ASCII"),
            }
        };

        impl ApiRequest {
            /// Every call bbbkit declares, `join` first.
            pub const CALLS: &'static [&'static str] = &[$($call),*];

            /// An empty request for the call named as the API spells it (`create`,
            /// `hooks/create`).
            ///
            /// # Errors
            ///
            /// [`InvalidParameter`] naming `call` for a call bbbkit does not declare (use
            /// [`Server::api_url`](crate::Server::api_url) for those).
            pub fn new(call: &str) -> Result<ApiRequest, InvalidParameter> {
                Ok(ApiRequest::of(match call {
                    $( $call => AnyCall::$ty($ty::default()), )*
                    _ => return Err(InvalidParameter::new(
                        "call",
                        Rule::OneOf(ONE_OF),
                    )),
                }))
            }

            /// A request of the call named `call` from parameters named and written as in the
            /// BBB API, as the typed request's `from_params` reads them: a declared
            /// single-valued parameter given twice is refused.
            ///
            /// # Errors
            ///
            /// As [`ApiRequest::new`] and the typed request's `from_params`.
            pub fn from_params<I, K, V>(call: &str, params: I) -> Result<ApiRequest, InvalidParameter>
            where
                I: IntoIterator<Item = (K, V)>,
                K: AsRef<str>,
                V: AsRef<str>,
            {
                let mut request = ApiRequest::new(call)?;
                for (k, v) in params {
                    request.set(k.as_ref(), v.as_ref())?;
                }
                Ok(request)
            }

            /// What the call named `call` does, in one sentence.
            pub fn doc_of(call: &str) -> Option<&'static str> {
                match call {
                    $( $call => Some($tydoc), )*
                    _ => None,
                }
            }

            /// The declared parameters of the call named `call`.
            pub fn parameters_of(call: &str) -> Option<&'static [Param]> {
                match call {
                    $( $call => Some($ty::PARAMETERS), )*
                    _ => None,
                }
            }

            /// The call's name.
            pub fn call(&self) -> &'static str {
                match &self.call {
                    $( AnyCall::$ty(_) => $call, )*
                }
            }

            /// Sets one parameter, as the typed request's `set` does, except that a declared
            /// single-valued parameter is set once: BBB reads the first value of a repeated
            /// parameter, so a second value is refused rather than signed in place of the
            /// first (`meta_<key>` pairs and `document`s add, as in `set`).
            ///
            /// # Errors
            ///
            /// [`InvalidParameter`] with [`Rule::Duplicate`] naming a declared single-valued
            /// parameter set a second time; otherwise as the typed request's `set`.
            pub fn set(&mut self, name: &str, value: &str) -> Result<(), InvalidParameter> {
                let slot = Self::parameters_of(self.call())
                    .and_then(|ps| ps.iter().position(|p| p.name == name && !p.repeatable()));
                if let Some(i) = slot {
                    if self.seen & (1 << i) != 0 {
                        return Err(InvalidParameter::new(name, Rule::Duplicate));
                    }
                }
                match &mut self.call {
                    $( AnyCall::$ty(r) => r.set(name, value)?, )*
                }
                if let Some(i) = slot {
                    self.seen |= 1 << i;
                }
                Ok(())
            }

            /// Adds a parameter newer than bbbkit, sent as given after the declared ones, as
            /// the typed request's `param` does. Unlike [`set`](Self::set), the name is never
            /// read as a declared parameter's: one that names a declared parameter (in any
            /// case), a declared prefix (`meta_`, `userdata-`) or `checksum` is refused with
            /// [`Rule::Reserved`] when the query is written.
            pub fn add_param(&mut self, name: &str, value: &str) {
                let extra = match &mut self.call {
                    $( AnyCall::$ty(r) => &mut r.extra, )*
                };
                extra.push((name.to_owned(), value.to_owned()));
            }

            /// The validated query, without `checksum`.
            ///
            /// # Errors
            ///
            /// [`InvalidParameter`] for the first parameter that breaks a rule.
            pub fn to_query(&self) -> Result<String, InvalidParameter> {
                match &self.call {
                    $( AnyCall::$ty(r) => r.to_query(), )*
                }
            }

            /// Runs `w` on the typed request inside.
            pub(crate) fn with<W: WithCall>(&self, w: W) -> W::Output {
                match &self.call {
                    $( AnyCall::$ty(r) => w.with(r), )*
                }
            }
        }
    };
}

/// A request of any declared call, built by name: for hosts that hold parameters as strings
/// (the C ABI, PHP, the command line, forms). The typed requests are the same calls with
/// fields and setters.
///
/// # Examples
///
/// ```
/// use bbbkit::{ApiRequest, Server};
/// let server = Server::new("https://bbb.example.com", "secret")?;
/// let mut req = ApiRequest::new("create")?;
/// req.set("meetingID", "room-1")?;
/// req.set("name", "Physics 101")?;
/// req.set("record", "true")?;
/// req.set("meta_bbb-origin", "moodle")?;
/// let prepared = server.prepare_request(&req)?;
/// assert!(prepared.url.contains("create?name=Physics+101&meetingID=room-1&record=true&meta_bbb-origin=moodle&checksum="));
/// # Ok::<(), bbbkit::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiRequest {
    call: AnyCall,
    /// The declared single-valued parameters set so far, by position in `PARAMETERS`.
    seen: u128,
}

impl ApiRequest {
    fn of(call: AnyCall) -> ApiRequest {
        ApiRequest { call, seen: 0 }
    }
}

crate::for_each_call!(define_any_request);
