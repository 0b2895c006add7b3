//! Names of the file's fields as views show them (the diff view's field rows, the merge view's
//! conflicts, the header editor's shared list). The English text is the name written in the
//! file (`walk_away`), which is what the English views have always shown.

crate::catalogue! {
    /// A field of a position file, by the name written in the file.
    pub enum FieldName {
        Id => "id", "쟁점 ID";
        Title => "title", "제목";
        Topic => "topic", "주제";
        Stance => "stance", "주장";
        Options => "options", "옵션";
        Values => "values", "값";
        Weight => "weight", "가중치";
        WeightLow => "weight_low", "가중치 하한";
        WeightHigh => "weight_high", "가중치 상한";
        Target => "target", "목표";
        WalkAway => "walk_away", "최저선";
        Flexibility => "flexibility", "유연성";
        Interests => "interests", "이해관계";
        Criteria => "criteria", "기준";
        Notes => "notes", "메모";
        Sources => "sources", "출처";
        Party => "party", "당사자";
        PartyName => "party_name", "당사자 이름";
        Round => "round", "라운드";
        AsOf => "as_of", "기준일";
        Marking => "marking", "보안 표시";
        Estimate => "estimate", "추정";
        Batna => "batna", "BATNA (최선의 대안)";
        Reservation => "reservation", "유보점";
        ReservationLow => "reservation_low", "유보점 하한";
        ReservationHigh => "reservation_high", "유보점 상한";
        Shared => "shared", "공유";
    }
}

/// A field's name in a language, from the name written in the file; a name the catalogue does
/// not know stays as it is.
pub fn key_label(key: &str, lang: crate::i18n::Lang) -> &str {
    match lang {
        crate::i18n::Lang::En => key,
        crate::i18n::Lang::Ko => FieldName::ENTRIES
            .iter()
            .find(|e| e.en == key)
            .map_or(key, |e| e.ko),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_model_field_has_a_korean_name() {
        for f in crate::model::Field::ALL {
            assert_eq!(key_label(f.name(), Lang::En), f.name());
            assert!(
                crate::i18n::has_hangul(key_label(f.name(), Lang::Ko)),
                "{}",
                f.name()
            );
        }
        assert_eq!(key_label("walk_away", Lang::Ko), "최저선");
        assert_eq!(key_label("no_such_field", Lang::Ko), "no_such_field");
    }
}
