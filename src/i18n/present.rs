//! Texts of presentation mode (ui/present.rs).

crate::catalogue! {
    /// Texts of presentation mode.
    pub enum Present {
        Previous => "◀ Previous", "◀ 이전";
        Next => "Next ▶", "다음 ▶";
        /// `{0}`: the issue's number, `{1}`: how many.
        IssueOf => "Issue {0} of {1}", "쟁점 {0} / {1}";
        /// `{0}`: how many.
        Issues => "{0} issues", "쟁점 {0}개";
        Leave => "Leave presentation", "발표 끝내기";
        NoIssue => "No issue to show: clear the filter or open both files.",
            "표시할 쟁점이 없습니다: 필터를 지우거나 두 파일을 여십시오.";
        /// `{0}`: the gap, 0–100.
        Gap => "Gap {0} of 100", "격차 {0} / 100";
        Overlap => " · an option clears both walk-away points",
            " · 양쪽 최저선을 모두 넘는 옵션이 있음";
        NoOverlap => " · no option clears both walk-away points",
            " · 양쪽 최저선을 모두 넘는 옵션이 없음";
        /// `{0}`: the party.
        NotOnAgenda => "Not on the {0} agenda", "{0} 의제에 없음";
        /// `{0}`: the option aimed for.
        AimsFor => "Aims for: {0}", "목표: {0}";
        Interests => "Interests", "이해관계";
        Option => "Option", "옵션";
        Target => "target", "목표";
        WalkAway => "walk-away", "최저선";
        Private => "— private —", "— 비공개 —";
        OpenFirst => "Open a position file (File > Open left…), or drop one on each half of the window.",
            "입장 파일을 여십시오(파일 > 왼쪽 열기…). 또는 창의 양쪽 절반에 파일을 하나씩 끌어다 놓으십시오.";
    }
}
