//! Walking the Fluent syntax tree: every pattern of a language and the selects in it.

use std::collections::BTreeMap;

use fluent_syntax::ast;
use netdoctor::l10n::{Lang, sources};

/// CLDR plural categories: a select keyed only by these (and numbers) is a plural.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// One select expression: its variable, its variant keys and each variant's pattern.
pub struct Select<'a> {
    pub var: String,
    pub keys: Vec<String>,
    pub default: String,
    pub variants: Vec<(String, &'a ast::Pattern<&'a str>)>,
}

fn key_name(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => (*name).to_owned(),
        ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
    }
}

fn collect_selects<'a>(pattern: &'a ast::Pattern<&'a str>, out: &mut Vec<Select<'a>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression<'a>(expression: &'a ast::Expression<&'a str>, out: &mut Vec<Select<'a>>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                let mut keys: Vec<String> = variants.iter().map(|v| key_name(&v.key)).collect();
                keys.sort();
                let default = variants
                    .iter()
                    .find(|v| v.default)
                    .map(|v| key_name(&v.key))
                    .unwrap_or_default();
                out.push(Select {
                    var: id.name.to_owned(),
                    keys,
                    default,
                    variants: variants
                        .iter()
                        .map(|v| (key_name(&v.key), &v.value))
                        .collect(),
                });
            }
            for variant in variants {
                collect_selects(&variant.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            collect_in_expression(expression, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Every pattern of a language: (message id, attribute or "", pattern).
pub type Patterns<'a> = Vec<(String, String, &'a ast::Pattern<&'a str>)>;

pub fn resources(lang: Lang) -> Vec<ast::Resource<&'static str>> {
    sources(lang)
        .iter()
        .map(|(_, text)| match fluent_syntax::parser::parse(*text) {
            Ok(resource) => resource,
            Err((resource, _)) => resource,
        })
        .collect()
}

pub fn patterns<'a>(resources: &'a [ast::Resource<&'static str>]) -> Patterns<'a> {
    let mut out = Patterns::new();
    for resource in resources {
        for entry in &resource.body {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    out.push((id.clone(), String::new(), value));
                }
                for attribute in &message.attributes {
                    out.push((id.clone(), attribute.id.name.to_owned(), &attribute.value));
                }
            }
        }
    }
    out
}

pub fn selects_by_place<'a>(
    patterns: &Patterns<'a>,
) -> BTreeMap<(String, String), Vec<Select<'a>>> {
    let mut out = BTreeMap::new();
    for (id, attribute, pattern) in patterns {
        let mut selects = Vec::new();
        collect_selects(pattern, &mut selects);
        out.insert((id.clone(), attribute.clone()), selects);
    }
    out
}

pub fn is_plural_select(select: &Select<'_>) -> bool {
    select
        .keys
        .iter()
        .all(|k| PLURAL_CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok())
}
