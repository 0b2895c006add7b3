//! Texts of reports and handouts (src/report/, the text score report) and the command line's messages.

crate::catalogue! {
    /// Texts of reports and handouts (src/report/, the text score report) and the command line's messages.
    pub enum Report {
        // ---- the full report (HTML, Markdown) ----
        /// `{0}`, `{1}`: the two titles (or party names).
        Title => "Report: {0} / {1}", "보고서: {0} / {1}";
        /// `{0}`: the generation time.
        Generated => "Generated {0}", "생성 시각: {0}";
        Parties => "Parties", "당사자";
        File => "File", "파일";
        Party => "Party", "당사자";
        TitleRow => "Title", "제목";
        Round => "Round", "라운드";
        AsOf => "As of", "기준일";
        Marking => "Marking", "보안 표시";
        Batna => "BATNA", "BATNA (결렬 시 최선의 대안)";
        Reservation => "Reservation", "유보점";
        Issues => "Issues", "쟁점";
        /// `{0}` joint issues, `{1}` only in `{2}`, `{3}` only in `{4}`.
        SummaryLong => "{0} joint issues; {1} only in {2}, {3} only in {4}. Scores are 0–100 (each side's weighted mean of its option values over the joint issues).",
            "공동 쟁점 {0}개, {2}에만 있는 쟁점 {1}개, {4}에만 있는 쟁점 {3}개입니다. 점수는 0–100입니다(공동 쟁점에 대한 각 측 옵션 값의 가중 평균).";
        /// As `SummaryLong`, shorter (Markdown).
        SummaryShort => "{0} joint issues; {1} only in {2}, {3} only in {4}. Scores are 0–100.",
            "공동 쟁점 {0}개, {2}에만 있는 쟁점 {1}개, {4}에만 있는 쟁점 {3}개입니다. 점수는 0–100입니다.";
        /// `{0}`: a warning of the analysis.
        Warning => "warning: {0}", "경고: {0}";
        OutcomeSpace => "Outcome space", "결과 공간";
        /// `{0}`: packages drawn, `{1}`/`{2}`: the parties.
        ChartCaption => "Each dot is a package (a sample of {0} when there are more); {1}'s score across, {2}'s up. Dashed lines: reservations.",
            "점 하나가 패키지 하나입니다(더 많으면 {0}개 표본). 가로는 {1}의 점수, 세로는 {2}의 점수입니다. 점선: 유보점.";
        Zopa => "ZOPA", "ZOPA (합의 가능 영역)";
        PointsHeading => "Nash and other bargaining points", "내시 해와 그 밖의 협상 해";
        Point => "Point", "해";
        NoneNoPackage => "none (no package is acceptable to both)", "없음 (양측이 모두 수용할 수 있는 패키지가 없음)";
        None => "none", "없음";
        NashPackage => "Nash package", "내시 해 패키지";
        Issue => "Issue", "쟁점";
        OptionCol => "Option", "옵션";
        SuggestedTrades => "Suggested trades", "제안 교환";
        NoTrade => "No trade: no pair of issues where each side gains by giving the other what it weighs more.",
            "교환 없음: 상대가 더 중시하는 것을 내주어 양측이 모두 이득을 보는 쟁점 쌍이 없습니다.";
        TradesIntro => "Against splitting the difference issue by issue; change in points.",
            "쟁점마다 차이를 절반씩 나누는 경우와 비교한 점수 변화입니다.";
        /// `{0}`: a party.
        Gets => "{0} gets", "{0} 획득";
        /// `{0}`: a party, `{1}`: the previous round.
        ChangesSince => "{0}: changes since round {1}", "{0}: 라운드 {1} 이후 변경";
        /// `{0}` → `{1}`: rounds, `{2}`: the diff's summary.
        RoundLine => "Round {0} → {1}: {2}.", "라운드 {0} → {1}: {2}.";
        Concessions => "Concessions", "양보";
        Move => "Move", "이동";
        Changes => "Changes", "변경";
        Change => "Change", "변경";
        HeaderRow => "(header)", "(머리글)";
        SessionLog => "Session log", "회의 기록";
        TimeUtc => "Time (UTC)", "시각 (UTC)";
        Kind => "Kind", "종류";
        Entry => "Entry", "내용";
        LogEmpty => "The session log is empty.", "회의 기록이 비어 있습니다.";
        NoLog => "No session log.", "회의 기록이 없습니다.";
        NoIssues => "Neither position holds any issue.", "어느 입장에도 쟁점이 없습니다.";
        Id => "Id", "쟁점 ID";
        Topic => "Topic", "주제";
        Gap => "Gap", "격차";
        /// `{0}`/`{1}`: the parties.
        CommonGround => "Common ground ({0}/{1})", "공통 기반 ({0}/{1})";
        Conflict => "Conflict", "충돌";
        Stance => "Stance", "주장";
        Target => "Target", "목표";
        WalkAway => "Walk-away", "최저선";
        Weight => "Weight", "가중치";
        NotOnAgenda => "(not on this side's agenda)", "(이쪽 의제에 없음)";
        /// `{0}`: a party (Markdown's side columns).
        StanceOf => "{0} stance", "{0} 주장";
        TargetOf => "{0} target", "{0} 목표";
        WalkAwayOf => "{0} walk-away", "{0} 최저선";
        WeightOf => "{0} weight", "{0} 가중치";

        // ---- the chart (SVG) ----
        /// `{0}`/`{1}`: the parties.
        SvgTitle => "Outcome space: {0} score (across) against {1} score (up)", "결과 공간: 가로 {0} 점수, 세로 {1} 점수";
        /// `{0}`: a party.
        SvgScore => "{0} score", "{0} 점수";
        SvgNoIssue => "No joint issue: no package to draw", "공동 쟁점 없음: 그릴 패키지가 없습니다";
        /// `{0}`: how many.
        SvgPackages => "Packages ({0})", "패키지 ({0})";
        SvgFrontier => "Pareto frontier ({0})", "파레토 경계 ({0})";
        SvgAcceptable => "Acceptable to both ({0})", "양측 수용 가능 ({0})";
        /// `{0}`/`{1}`: the reservations.
        SvgReservations => "Reservations ({0} / {1})", "유보점 ({0} / {1})";
        SvgNash => "Nash", "내시 해";
        SvgKs => "Kalai–Smorodinsky", "칼라이–스모로딘스키 해";
        SvgMax => "Max joint", "합계 최대";
        /// `{0}`: a point's name.
        SvgNone => "{0}: none", "{0}: 없음";

        // ---- shared helpers ----
        /// `{0}`: a party code shared by both files.
        PartyLeft => "{0} (left)", "{0} (왼쪽)";
        PartyRight => "{0} (right)", "{0} (오른쪽)";
        /// `{0}`: the best option.
        Best => "{0} (best)", "{0} (최선)";
        LeftOnly => "left only", "왼쪽에만";
        RightOnly => "right only", "오른쪽에만";
        NoOptions => "no options", "옵션 없음";
        LeftCaresMore => ", left cares more", ", 왼쪽이 더 중시";
        RightCaresMore => ", right cares more", ", 오른쪽이 더 중시";
        NoOverlapWalkAways => "; walk-aways do not overlap", "; 최저선이 겹치지 않음";
        Compatible => "compatible", "양립 가능";
        Distributive => "distributive", "분배형";
        Tradeable => "tradeable", "교환 가능";
        /// `{0}`: the gap.
        GapNoOverlap => "{0} (no overlap)", "{0} (겹침 없음)";
        ZopaNoIssue => "No ZOPA: the two positions share no issue with options, so there is no package to score.",
            "ZOPA 없음: 두 입장에 옵션이 있는 공동 쟁점이 없어 점수를 매길 패키지가 없습니다.";
        /// `{0}`: acceptable frontier packages, `{1}`: `Thinned` or nothing.
        ZopaExists => "A ZOPA exists: {0} frontier packages are acceptable to both sides{1}.",
            "ZOPA가 있습니다: 경계 패키지 {0}개를 양측이 모두 수용할 수 있습니다{1}.";
        Thinned => " (frontier thinned, approximate)", " (경계를 솎아 냄, 근사치)";
        ZopaNone => "No ZOPA: no package is acceptable to both sides.", "ZOPA 없음: 양측이 모두 수용할 수 있는 패키지가 없습니다.";
        NashPoint => "Nash bargaining point", "내시 해";
        KsPoint => "Kalai–Smorodinsky point", "칼라이–스모로딘스키 해";
        MaxJoint => "Max joint gain", "합계 최대";
        /// `{0}`: the issue it was likely renamed from.
        AddedRename => "added (likely rename of {0})", "추가됨 ({0}의 이름 변경으로 보임)";
        Added => "added", "추가됨";
        Removed => "removed", "삭제됨";
        Moved => "moved", "이동됨";
        /// `{0}`: how many option changes, `{1}`: `Reordered` or nothing.
        OptionChanges => "options: {0} changes{1}", "옵션: 변경 {0}건{1}";
        OptionChange => "options: {0} change{1}", "옵션: 변경 {0}건{1}";
        Reordered => ", reordered", ", 순서 바뀜";
        /// `{0}`: a field.
        Edited => "{0} edited", "{0} 편집됨";
        ChangedMoved => "changed, moved: ", "변경, 이동됨: ";
        Changed => "changed: ", "변경: ";
        NoneParen => "(none)", "(없음)";
        /// `{0}` → `{1}`: option labels.
        TargetMove => "target {0} → {1}", "목표 {0} → {1}";
        WalkAwayMove => "walk-away {0} → {1}", "최저선 {0} → {1}";
        ValuesChanged => "option values changed", "옵션 값 변경";
        /// `{0}`: the other party.
        Toward => "toward {0}", "{0} 쪽으로";
        AwayFrom => "away from {0}", "{0}에게서 멀어짐";
        NoNetMove => "no net move", "순이동 없음";
        /// `{0}`: signed points, `{1}`: the other party.
        OtherPoints => "{0} {1} points", "{1} 점수 {0}";
        /// `{0}`: the file, `{1}`: the system's reason.
        NotWritten => "{0}: report not written: {1}", "{0}: 보고서를 쓰지 못했습니다: {1}";
        BothSides => "Open a position on both sides to export a report.", "보고서를 내보내려면 양쪽에 입장을 여십시오.";
        /// `{0}`: the file.
        UnknownExtension => "{0}: unknown report format; name the file .html (or .htm), .md or .csv",
            "{0}: 알 수 없는 보고서 형식입니다. 파일 이름을 .html(또는 .htm), .md, .csv로 지정하십시오";
        Yes => "yes", "예";
        No => "no", "아니요";
        CsvOverlap => "walk_aways_overlap", "최저선 겹침";
        CsvCommonGround => "common_ground", "공통 기반";
        Decision => "Decision", "결정";
        Agreed => "Agreed", "합의";
        Action => "Action", "조치 사항";
        Note => "Note", "메모";

        // ---- handouts ----
        Private => "private", "비공개";
        Options => "options", "옵션";
        Flexibility => "flexibility", "유연성";
        Interests => "interests", "이해관계";
        Criteria => "criteria", "기준";
        Sources => "sources", "출처";
        Notes => "notes", "메모";
        SharedFields => "Shared fields", "공유 필드";
        EstimateOnly => "an estimate by the other delegation: agenda only", "상대 대표단의 추정: 의제만";
        Analysis => "Analysis", "분석";
        PackageExists => "A package acceptable to both sides exists.", "양측이 모두 수용할 수 있는 패키지가 있습니다.";
        NoPackage => "No package on this agenda is acceptable to both sides as the files stand.",
            "현재 파일대로라면 이 의제에는 양측이 모두 수용할 수 있는 패키지가 없습니다.";
        SuggestedPackages => "Suggested packages", "제안 패키지";
        /// `{0}`: the party.
        OwnAnalysis => "{0}'s own analysis: the other side's numbers are private.", "{0} 자체 분석: 상대 측 수치는 비공개입니다.";
        EveryTarget => "Every target won", "모든 목표 달성";
        EveryWalkAway => "Every walk-away conceded", "모든 최저선까지 양보";
        WeightPct => "Weight %", "가중치 %";
        PointsAtStake => "Points at stake", "걸린 점수";
        NoAnalysis => "No analysis: it would rest on numbers this audience may not see.",
            "분석 없음: 이 대상이 볼 수 없는 수치에 근거하게 됩니다.";
        /// `{0}`: the audience, `{1}`/`{2}`: the titles.
        HandoutTitle => "Handout for the {0}: {1} / {2}", "{0} 배포 자료: {1} / {2}";
        /// `{0}`: the audience, `{1}`: the word for a private field.
        PreparedFor => "Prepared for the {0}. Fields marked \"{1}\" are not shared with this audience.",
            "{0}용으로 작성했습니다. \"{1}\"로 표시된 필드는 이 대상과 공유되지 않습니다.";
        SharedLog => "Session log (shared entries)", "회의 기록 (공유 항목)";
        NoShared => "No shared entries.", "공유 항목이 없습니다.";
        LowerId => "id", "쟁점 ID";
        LowerTopic => "topic", "주제";
        LowerTitle => "title", "제목";
        LowerMarking => "marking", "보안 표시";
        LowerStance => "stance", "주장";
        LowerTarget => "target", "목표";
        LowerWalkAway => "walk_away", "최저선";
        LowerWeight => "weight", "가중치";
        LowerParty => "party", "당사자";
        LowerGap => "gap", "격차";
        LowerConflict => "conflict", "충돌";
        LowerKind => "kind", "종류";
        // ---- the text score report (`accord score`) ----
        /// `{0}`/`{2}`: the parties, `{1}`/`{3}`: their reservations.
        ScJoint => "Joint analysis: {0} (reservation {1}) and {2} (reservation {3})", "공동 분석: {0}, 유보점 {1} / {2}, 유보점 {3}";
        /// `{0}`: joint issues.
        ScJointIssues => "{0} joint issues; scores are 0–100 (weighted mean of option values over joint issues).",
            "공동 쟁점 {0}개. 점수는 0–100입니다(공동 쟁점에 대한 옵션 값의 가중 평균).";
        ScIssuesHead => "Issues (values left/right of the common ground):", "쟁점 (공통 기반의 왼쪽/오른쪽 값):";
        /// `{0}`: a side.
        ScCaresMore => "{0} cares more", "{0}이 더 중시";
        ScEqualWeight => "equal weight", "같은 가중치";
        /// `{0}`: common ground, `{1}`/`{2}`: its values, `{3}`: conflict, `{4}`: who cares more,
        /// `{5}`/`{6}`: the normalised weights, `{7}`: `NoOverlapWalkAways` or nothing.
        ScIssueLine => "common ground \"{0}\" ({1}/{2}), conflict {3}, {4} ({5} vs {6}){7}",
            "공통 기반 \"{0}\" ({1}/{2}), 충돌 {3}, {4} ({5} 대 {6}){7}";
        ScNoOverlap => ", walk-aways do not overlap", ", 최저선이 겹치지 않음";
        /// `{0}`: `ScZopaYes` or `None`.
        ScZopa => "ZOPA: {0}", "ZOPA (합의 가능 영역): {0}";
        ScZopaYes => "yes, some packages are acceptable to both", "있음, 일부 패키지를 양측이 모두 수용할 수 있음";
        /// `{0}`: packages, `{1}`: acceptable ones, `{2}`: `ScThinned` or `ScExact`.
        ScFrontier => "Pareto frontier: {0} packages ({1} acceptable to both){2}", "파레토 경계: 패키지 {0}개 (양측 수용 가능 {1}개){2}";
        ScThinned => " — thinned evenly, approximate", " — 고르게 솎아 냄, 근사치";
        ScExact => ", exact", ", 정확함";
        /// `{0}`/`{1}`: the parties, `{2}`: `ScSampled` or nothing.
        ScAcceptable => "acceptable frontier ({0} / {1}){2}:", "수용 가능 경계 ({0} / {1}){2}:";
        ScSampled => ", evenly sampled", ", 고르게 표본 추출";
        /// `{0}`: the side, `{1}`/`{3}`: the parties, `{2}`/`{4}`: their scores.
        ScTargetPkg => "Target package of {0}: {1} {2}, {3} {4}", "{0}의 목표 패키지: {1} {2}, {3} {4}";
        /// `{0}`/`{1}`: the parties.
        ScTrades => "Trades (against splitting the difference issue by issue; change in points {0} / {1}):",
            "교환 (쟁점마다 차이를 절반씩 나누는 경우와 비교한 점수 변화 {0} / {1}):";
        /// `{0}` gets `{1}`; `{2}` gets `{3}`.
        ScTradeLine => "{0} gets {1}; {2} gets {3}", "{0} 획득 {1}; {2} 획득 {3}";
        /// `{0}`: `ScTodayOnly` or nothing.
        ScSensitivity => "Sensitivity (weight range keeping the Nash package{0}):", "민감도 (내시 해 패키지가 유지되는 가중치 범위{0}):";
        ScTodayOnly => "; checked against today's frontier only", "; 현재 경계로만 확인";
        /// `{0}`: the weight, `{1}`–`{2}`: its range.
        ScWeightRange => "weight {0}: {1} – {2}", "가중치 {0}: {1} – {2}";
        ScAny => "any", "제한 없음";
        /// `{0}`: samples, `{1}`: seed.
        UnHead => "How sure is this? ({0} samples, seed {1})", "얼마나 확실합니까? (표본 {0}개, 시드 {1})";
        UnNumbers => "{0} uncertain numbers, each drawn from a triangular distribution (low, most likely, high).",
            "불확실한 수치 {0}개, 각각 삼각 분포(하한, 최빈값, 상한)에서 추출합니다.";
        UnZopa => "Some package is acceptable to both in {0} of the samples.", "표본의 {0}에서 양측이 모두 수용할 수 있는 패키지가 있습니다.";
        /// `{0}`: the party, `{1}`–`{3}`: p10, median, p90.
        UnNash => "{0}'s score of each sample's Nash package: {1} (p10) · {2} (median) · {3} (p90)",
            "표본별 내시 해 패키지에 대한 {0}의 점수: {1} (p10) · {2} (중앙값) · {3} (p90)";
        UnToday => "Today's Nash package is acceptable to both in {0} of the samples (to {1}: {2}, to {3}: {4}) and is the Nash package in {5}.",
            "현재 내시 해 패키지는 표본의 {0}에서 양측이 모두 수용할 수 있고({1}: {2}, {3}: {4}), {5}에서 내시 해 패키지입니다.";
        UnListed => "Listed packages most likely acceptable to both (of {0}; every one is in the JSON):",
            "양측이 수용할 가능성이 가장 높은 패키지 (전체 {0}개 중; 모두 JSON에 있음):";
        UnListLine => "acceptable to both {0} ({1} {2}, {3} {4}), Nash in {5}", "양측 수용 {0} ({1} {2}, {3} {4}), 내시 해 {5}";
        /// `{0}`: share, `{1}`: `UnProven` or `UnSearched`.
        UnRobust => "Most robust package: acceptable to both in {0} of the samples{1}:", "가장 견고한 패키지: 표본의 {0}에서 양측 수용 가능{1}:";
        UnProven => " (no package does better)", " (이보다 나은 패키지 없음)";
        UnSearched => " (best found by search; no package can exceed the share with any acceptable package)",
            " (탐색으로 찾은 최선; 어떤 패키지도 수용 가능한 패키지가 있는 표본 비율을 넘을 수 없음)";
        UnNoRobust => "No package is acceptable to both in any sample.", "어느 표본에서도 양측이 모두 수용할 수 있는 패키지가 없습니다.";
        UnAskNone => "Ask first: no single number changes the Nash package when it is known ({0} samples probed).",
            "먼저 물어볼 것: 알게 되었을 때 내시 해 패키지를 바꾸는 수치가 하나도 없습니다 (표본 {0}개 조사).";
        UnAsk => "Ask first (share of {0} probed samples whose Nash package changes once the number is known):",
            "먼저 물어볼 것 (수치를 알게 되면 내시 해 패키지가 바뀌는 조사 표본 {0}개 중 비율):";
        /// `{0}`: the party, `{1}`: the number.
        UnAskLine => "{0}'s {1}", "{0}의 {1}";

        // ---- the command line ----
        /// `{0}`: what `--lang` was given.
        CliLang => "unknown language `{0}`; use en (English) or ko (Korean)", "알 수 없는 언어 `{0}`입니다. en(영어) 또는 ko(한국어)를 쓰십시오";
        /// `{0}`: the file, `{1}`: the system's reason.
        CliCannotRead => "{0}: cannot read: {1}", "{0}: 읽을 수 없습니다: {1}";
        CliNotCanonical => "{0}: not in the canonical layout", "{0}: 표준 배치가 아닙니다";
        CliNotWritten => "{0}: not written: {1}", "{0}: 쓰지 못했습니다: {1}";
        /// `{0}`: `accord score` or `accord diff`, `{1}`: the reason.
        CliOutput => "{0}: cannot write the output: {1}", "{0}: 출력을 쓰지 못했습니다: {1}";
        /// `{0}`: the reason.
        CliMan => "accord man: cannot write the man page: {0}", "accord man: 매뉴얼 페이지를 쓰지 못했습니다: {0}";
        /// `{0}`: the path.
        CliNoLog => "{0}: no such session log (check the path, or leave out --log)", "{0}: 그런 회의 기록이 없습니다 (경로를 확인하거나 --log를 빼십시오)";
        /// `{0}`: the argument, `{1}`: what is wrong, `{2}`/`{3}`: the party codes.
        CliFor => "--for {0}: {1}; use a party code ({2} or {3}) or `joint`", "--for {0}: {1}; 당사자 코드({2} 또는 {3}) 또는 `joint`를 쓰십시오";
        MergeNothing => "nothing was merged or written", "아무것도 병합하거나 쓰지 않았습니다";
        /// `{0}`: the file, `{1}`: where, `{2}`: what.
        MergeNotLoad => "{0}: not merged: the result would not load ({1}: {2})", "{0}: 병합하지 않았습니다: 결과를 다시 불러올 수 없습니다 ({1}: {2})";
        MergeNotLoadHint => "please report this; merge the file by hand (`git merge-file`), nothing was written",
            "이 문제를 알려 주십시오. 파일을 직접 병합하십시오(`git merge-file`). 아무것도 쓰지 않았습니다";
        /// `{0}`: the file, `{1}`: the line, `{2}`: the issue (or the header).
        MergeConflictAt => "{0}:{1}:1: merge conflict in {2}", "{0}:{1}:1: {2}에서 병합 충돌";
        /// `{0}`: how many, `{1}`: the file.
        MergeConflictHint => "{0} conflict: resolve it in Accord (`accord {1}`, or `git mergetool --tool=accord`), or edit the marked lines",
            "충돌 {0}건: Accord에서 해결하거나(`accord {1}` 또는 `git mergetool --tool=accord`) 표시된 줄을 고치십시오";
        MergeConflictsHint => "{0} conflicts: resolve them in Accord (`accord {1}`, or `git mergetool --tool=accord`), or edit the marked lines",
            "충돌 {0}건: Accord에서 해결하거나(`accord {1}` 또는 `git mergetool --tool=accord`) 표시된 줄을 고치십시오";
        /// `{0}`: the file, `{1}`: the reason.
        MergeNotWritten => "{0}: not written: {1} (the previous file is unchanged)", "{0}: 쓰지 못했습니다: {1} (이전 파일은 그대로입니다)";

        // ---- load errors (`FILE:LINE:COL: message` / `hint: …`) ----
        Hint => "hint", "도움말";
        HintSyntax => "check for a missing comma, quote or bracket at or just before this point",
            "이 위치나 바로 앞에 쉼표, 따옴표, 괄호가 빠졌는지 확인하십시오";
        HintTruncated => "the file looks truncated: check that every `(` and `[` is closed and every string ends with `\"`",
            "파일이 잘린 것 같습니다. 모든 `(`와 `[`가 닫혔는지, 모든 문자열이 `\"`로 끝나는지 확인하십시오";
        HintTrailing => "a file holds one position `( … )`; remove what follows its closing `)`",
            "파일에는 입장 `( … )` 하나만 들어갑니다. 닫는 `)` 뒤의 내용을 지우십시오";
        HintStructName => "struct names are optional; remove the name or correct it", "구조체 이름은 생략할 수 있습니다. 이름을 지우거나 고치십시오";
        HintResolve => "resolve the ones above and check again", "위의 문제를 해결하고 다시 확인하십시오";
        HintFix => "fix the ones above and check again", "위의 문제를 고치고 다시 확인하십시오";
        HintFormat => "add `format: 1,` as the first field of the file", "파일의 첫 필드로 `format: 1,`을 추가하십시오";
        HintUpdate => "update Accord to open this file; it was not changed", "이 파일을 열려면 Accord를 업데이트하십시오. 파일은 바뀌지 않았습니다";
        HintRounds => "rounds count 1, 2, 3, …", "라운드는 1, 2, 3, … 순으로 셉니다";
        HintRoundsFrom => "rounds count from 1", "라운드는 1부터 셉니다";
        HintReservation => "the reservation is the overall score (0–100) of the no-deal alternative",
            "유보점은 합의하지 않을 때의 대안이 갖는 전체 점수(0–100)입니다";
        HintWeights => "weights are relative importance: a number from 0 (ignored) up to 1000000",
            "가중치는 상대적 중요도입니다. 0(무시)부터 1000000까지의 수를 쓰십시오";
        HintValues => "values are the option's worth to this party, from 0 (worthless) to 100 (ideal)",
            "값은 이 당사자에게 옵션이 갖는 가치로, 0(가치 없음)부터 100(이상적)까지입니다";
        HintUtf8 => "save it as UTF-8 (Korean text included): most editors offer it under \"Save with encoding\"",
            "UTF-8로 저장하십시오(한국어 텍스트 포함). 대부분의 편집기에서 \"인코딩하여 저장\"으로 할 수 있습니다";
        HintEmpty => "a position file starts with `(format: 1, party: \"…\", issues: [ … ])`; see docs/format.md",
            "입장 파일은 `(format: 1, party: \"…\", issues: [ … ])`로 시작합니다. docs/format.md를 참조하십시오";
    }
}
