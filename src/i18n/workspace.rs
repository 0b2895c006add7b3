//! Texts of the workspace: table, detail panel, header editor, banners, toolbar, log and rounds panels.

crate::catalogue! {
    /// Texts of the workspace: table, detail panel, header editor, banners, toolbar, log and rounds panels.
    pub enum Work {
        // ---- Field names (detail panel, header editor, undo steps) ----
        FieldId => "Id", "쟁점 ID";
        FieldTitle => "Title", "제목";
        FieldTopic => "Topic", "주제";
        FieldStance => "Stance", "주장";
        FieldOptions => "Options", "옵션";
        FieldValues => "Values", "값";
        FieldWeight => "Weight", "가중치";
        FieldWeightLow => "Weight low", "가중치 하한";
        FieldWeightHigh => "Weight high", "가중치 상한";
        FieldTarget => "Target", "목표";
        FieldWalkAway => "Walk-away", "최저선";
        FieldFlexibility => "Flexibility", "유연성";
        FieldInterests => "Interests", "이해관계";
        FieldCriteria => "Criteria", "기준";
        FieldNotes => "Notes", "메모";
        FieldSources => "Sources", "출처";
        FieldBatna => "BATNA", "BATNA (결렬 시 최선의 대안)";
        FieldReservation => "Reservation", "유보점";
        FieldParty => "Party", "당사자";
        FieldPartyName => "Party name", "당사자 이름";
        FieldRound => "Round", "라운드";
        FieldAsOf => "As of", "기준일";
        FieldMarking => "Marking", "보안 표시";
        FieldShared => "Shared fields", "공유 항목";
        FieldReservationLow => "Reservation low", "유보점 하한";
        FieldReservationHigh => "Reservation high", "유보점 상한";
        FieldEstimate => "Estimate", "추정";
        FlexFirm => "Firm", "확고";
        FlexFlexible => "Flexible", "유연";
        FlexOpen => "Open", "개방";

        // ---- Undo / Redo steps (Edit ▸ Undo …) ----
        /// `{0}`: a header field's name.
        StepEditHeader => "edit {0}", "{0} 편집";
        /// `{0}`: a field's name, `{1}`: the issue's id.
        StepEditIssue => "edit {0} of {1}", "{1}의 {0} 편집";
        /// `{0}`: the issue's id.
        StepAddIssue => "add issue {0}", "쟁점 {0} 추가";
        /// `{0}`: the issue's id.
        StepDeleteIssue => "delete issue {0}", "쟁점 {0} 삭제";
        /// `{0}`: the issue's id.
        StepMoveIssue => "move issue {0}", "쟁점 {0} 이동";
        /// `{0}`: the issue's number in the file.
        StepIssueNumber => "issue {0}", "{0}번";
        StepEdit => "edit", "편집";
        StepReplaceAll => "replace the whole position", "입장 전체 바꾸기";

        // ---- Table ----
        ColIssue => "Issue", "쟁점";
        ColIssueTip => "Issue id and title; sort by id", "쟁점 ID와 제목. ID순으로 정렬합니다";
        /// `{0}`: the party.
        ColStance => "{0} stance", "{0} 주장";
        ColStanceTip => "The stance in words", "말로 적은 주장";
        /// `{0}`: the party.
        ColTarget => "{0} target", "{0} 목표";
        ColTargetTip => "The option this side aims for (explicit, else its highest-valued option)",
            "이쪽이 목표로 하는 옵션 (지정한 옵션, 없으면 값이 가장 높은 옵션)";
        /// `{0}`: the party.
        ColWeight => "{0} wt", "{0} 가중치";
        ColWeightTip => "How much the issue weighs for this side", "이쪽에게 이 쟁점이 얼마나 중요한지";
        ColGap => "Gap", "격차";
        ColGapTip => "How far apart the sides are: the average of what each would give up, on its own \
             0–100 scale, by accepting the other's target. ◆ = some option clears both walk-away points.",
            "양쪽이 얼마나 떨어져 있는지: 상대의 목표를 받아들일 때 각자 자기 0–100 척도에서 \
             포기하는 양의 평균입니다. ◆ = 양쪽 최저선을 모두 넘는 옵션이 있습니다.";
        SortHint => "Click to sort; again to reverse; a third time to clear.",
            "클릭하면 정렬, 다시 클릭하면 역순, 세 번째 클릭하면 정렬 해제.";
        NoTopic => "(no topic)", "(주제 없음)";
        OneIssue => "1 issue", "쟁점 1개";
        /// `{0}`: how many.
        IssueCount => "{0} issues", "쟁점 {0}개";
        EditCell => "Edit cell", "셀 편집";
        /// `{0}`: the party.
        NotInPartyFile => "— not in {0} file", "— {0} 파일에 없음";
        NoOptions => "no options", "옵션 없음";
        /// `{0}`: the gap, `{1}`: the same, `{2}`: whether the walk-aways overlap.
        GapTip => "Gap {0}: on average each side gives up {1} of its 0–100 points by accepting the other's target.\n{2}",
            "격차 {0}: 상대의 목표를 받아들이면 양쪽은 각자 0–100점 중 평균 {1}점을 포기합니다.\n{2}";
        Overlap => "Overlap: some option clears both walk-away points.",
            "겹침: 양쪽 최저선을 모두 넘는 옵션이 있습니다.";
        NoOverlap => "No overlap: no option clears both walk-away points.",
            "겹침 없음: 양쪽 최저선을 모두 넘는 옵션이 없습니다.";
        OneSided => "one-sided", "한쪽만";

        // ---- Detail panel ----
        RangeAddTip => "Add a range: how sure is this number? (an estimate, format 2)",
            "범위 추가: 이 숫자를 얼마나 확신합니까? (추정, 형식 2)";
        /// `{0}`: the widget's name.
        A11yRange => "{0} range", "{0} 범위";
        /// `{0}`: the widget's name.
        A11yLow => "{0} low", "{0} 하한";
        /// `{0}`: the widget's name.
        A11yHigh => "{0} high", "{0} 상한";
        /// `{0}`: the widget's name.
        A11yExact => "{0} exact", "{0} 정확한 값";
        PrefixLow => "low ", "하한 ";
        PrefixHigh => "high ", "상한 ";
        RangeRemoveTip => "Remove the range: the number is exact", "범위 제거: 정확한 숫자로 되돌립니다";
        /// `{0}`: the issue's id.
        IssueGone => "Issue \"{0}\" is no longer in either file.",
            "쟁점 \"{0}\"이(가) 어느 파일에도 없습니다.";
        Close => "Close", "닫기";
        CloseDetailTip => "Close the detail panel (Esc)", "세부 정보 창 닫기 (Esc)";
        NotInThisFile => "This issue is not in this file.", "이 파일에는 이 쟁점이 없습니다.";
        /// `{0}`: the party (or side).
        NotInTheFile => "This issue is not in the {0} file.", "{0} 파일에는 이 쟁점이 없습니다.";
        /// `{0}`: the party.
        AddToFile => "Add it to the {0} file", "{0} 파일에 추가";
        AddToFileTip => "Copies the id, title, topic and option labels; the values are not copied \
                 (they start at 0 for this side to fill in).",
            "ID, 제목, 주제, 옵션 이름을 복사합니다. 값은 복사하지 않습니다 \
             (이쪽에서 채우도록 0에서 시작합니다).";
        MoveUpTip => "Move up in the file", "파일에서 위로 이동";
        MoveDownTip => "Move down in the file", "파일에서 아래로 이동";
        Duplicate => "Duplicate", "복제";
        DuplicateTip => "Insert a copy with a new id below", "새 ID로 사본을 아래에 삽입";
        Delete => "Delete", "삭제";
        DeleteTip => "Delete this issue from this file (Ctrl+Z undoes)",
            "이 파일에서 이 쟁점 삭제 (Ctrl+Z로 되돌림)";
        MoveTo => "move to…", "주제 이동…";
        A11yMoveToTopic => "move to topic", "주제 이동";
        HighestValued => "(highest-valued)", "(값이 가장 높은 옵션)";
        NoneChoice => "(none)", "(없음)";
        /// `{0}`: the option's number.
        A11yOptionLabel => "option {0} label", "옵션 {0} 이름";
        /// `{0}`: the option's number.
        A11yOptionValue => "option {0} value", "옵션 {0} 값";
        MoveOptionUpTip => "Move option up", "옵션 위로 이동";
        MoveOptionDownTip => "Move option down", "옵션 아래로 이동";
        RemoveOptionTip => "Remove option", "옵션 삭제";
        AddOption => "+ Add option", "+ 옵션 추가";
        /// `{0}`: the new option's number (the label a new option gets).
        NewOption => "Option {0}", "옵션 {0}";
        /// `{0}`: the list's name.
        AddToList => "Add to {0}", "{0}에 추가";
        Remove => "Remove", "삭제";
        NoOptionsYet => "No options on the table yet: this issue is not scored.",
            "아직 옵션이 없습니다: 이 쟁점은 점수를 매기지 않습니다.";
        OptionHeading => "Option", "옵션";
        /// `{0}`: the party.
        PartyValue => "{0} value", "{0} 값";
        PrivateValuesTip => "This side keeps its values private in this room.",
            "이 방에서는 이쪽의 값이 비공개입니다.";
        NotValued => "not valued", "값 없음";
        NotValuedTip => "This side has not valued this option; scoring counts it as 0.",
            "이쪽은 이 옵션에 값을 매기지 않았습니다. 점수 계산에서는 0으로 봅니다.";
        TargetMark => "target", "목표";
        WalkAwayMark => "walk-away", "최저선";
        WalkAwayTip => "Walk-away: the worst option this side accepts",
            "최저선: 이쪽이 받아들일 수 있는 가장 나쁜 옵션";
        BelowWalkAway => "below walk-away", "최저선 미만";
        Private => "— private —", "— 비공개 —";
        EstimateWithheld => "An estimate made by the other delegation: only its agenda is shown here.",
            "상대 대표단이 만든 추정입니다: 여기에는 의제만 표시됩니다.";

        // ---- Header editor ----
        /// `{0}`: the party, `{1}`: the side's name.
        HeaderTitle => "File header: {0} ({1})", "파일 머리글: {0} ({1})";
        MarkingHint => "e.g. ILLUSTRATIVE – NOT OFFICIAL POLICY", "예: 예시용 – 공식 정책 아님";
        AsOfHint => "YYYY-MM-DD", "YYYY-MM-DD (연-월-일)";
        ReservationTip => "Overall score (0–100) of the no-deal alternative: below it this party walks away",
            "합의하지 않을 때의 대안의 종합 점수(0–100): 이보다 낮으면 이 당사자는 협상을 결렬합니다";
        ReservationRange => "Reservation low–high", "유보점 하한–상한";
        EstimateCheck => "this file estimates the other side's position", "이 파일은 상대 쪽 입장의 추정입니다";
        A11yEstimateFlag => "Estimate flag", "추정 표시";
        EstimateCheckTip => "Shown as a banner (\"ESTIMATE of …'s position\"); saved as `estimate: true` (format 2)",
            "배너(\"… 입장 추정\")로 표시되고 `estimate: true`(형식 2)로 저장됩니다";
        SharedHeading => "Shared with the other side", "상대 쪽과 공유";
        SharedTip => "What the other delegation and the joint room may see of this file. \
                     Unticked fields stay private (format 2 when not the default).",
            "상대 대표단과 합동 회의가 이 파일에서 볼 수 있는 항목입니다. \
             선택하지 않은 항목은 비공개로 남습니다(기본값이 아니면 형식 2).";
        SharedByDefault => "Shared by default", "기본으로 공유";
        PrivateByDefault => "Private by default", "기본으로 비공개";
        /// `{0}`: the field's name in files.
        FileName => "In files: {0}", "파일에서의 이름: {0}";
        BackToDefault => "Back to the default", "기본값으로 되돌리기";

        // ---- Marking and estimate banners, file headers ----
        /// `{0}`: the room's name (upper case in English).
        RoomBanner => "ROOM: {0}", "방: {0}";
        TheOtherSide => "the other side", "상대 쪽";
        /// `{0}`: the party.
        EstimateBanner => "ESTIMATE of {0}'s position", "{0} 입장 추정";
        EstimateBannerTip => "This file is this delegation's estimate of the other side's position: its \
                     ranges say how sure the estimate is (see the score view)",
            "이 파일은 이 대표단이 추정한 상대 쪽 입장입니다: 범위는 추정을 얼마나 확신하는지 \
             나타냅니다(점수 보기 참조)";
        /// `{0}`: the side's name.
        NoFileOn => "No file on the {0}", "{0}에 파일 없음";
        Open => "Open…", "열기…";
        OpenHereTip => "Open a position file here", "여기에 입장 파일 열기";
        /// `{0}`: the round.
        RoundN => "Round {0}", "라운드 {0}";
        EditHeaderButton => "Edit…", "편집…";
        EditHeaderTip => "Edit the file header (party, title, round, marking, reservation…)",
            "파일 머리글 편집 (당사자, 제목, 라운드, 보안 표시, 유보점…)";
        Unsaved => "● unsaved", "● 저장 안 됨";
        UnsavedTip => "This file has changes that are not saved yet", "이 파일에 아직 저장하지 않은 변경이 있습니다";
        /// `{0}`: the date.
        AsOfDate => " · as of {0}", " · {0} 기준";
        NotSavedYet => "(not saved yet)", "(아직 저장 안 됨)";

        // ---- Banners, status bar, drop hint ----
        Dismiss => "Dismiss", "닫기";
        /// `{0}`: the file's name.
        ChangedOnDisk => "{0} changed on disk (someone else saved it, or a git pull).",
            "{0} 파일이 디스크에서 바뀌었습니다(다른 사람이 저장했거나 git pull).";
        ReloadTheirs => "Reload theirs", "디스크 파일 읽기";
        ReloadTheirsTip => "Replace what is open with the file on disk (Ctrl+Z undoes)",
            "열린 내용을 디스크의 파일로 바꿉니다 (Ctrl+Z로 되돌림)";
        KeepMine => "Keep mine", "내 것 유지";
        KeepMineTip => "Keep what is open; saving will overwrite the file on disk",
            "열린 내용을 유지합니다. 저장하면 디스크의 파일을 덮어씁니다";
        Compare => "Compare", "비교";
        CompareTip => "Diff view: the file on disk against what is open", "비교 보기: 디스크의 파일과 열린 내용";
        Autosaved => "unsaved edits are autosaved for recovery", "저장하지 않은 편집은 복구용으로 자동 저장됩니다";
        /// `{0}`: the folder.
        RecoveryFiles => "Recovery files: {0}", "복구 파일: {0}";
        DropLeft => "Drop here for the left side", "왼쪽에 열려면 여기에 놓으십시오";
        DropRight => "Drop here for the right side", "오른쪽에 열려면 여기에 놓으십시오";

        // ---- Toolbar ----
        FilterLabel => "Filter:", "필터:";
        /// `{0}`: the shortcut.
        FilterHint => "search every text field of both sides ({0})", "양쪽의 모든 텍스트 항목 검색 ({0})";
        A11yFilter => "Filter", "필터";
        /// `{0}`: issues shown, `{1}`: all issues.
        ShownOf => "{0} of {1} issues", "쟁점 {1}개 중 {0}개";

        // ---- Session log ----
        LogHeading => "Session log", "회의 기록";
        LogInMemory => "Kept in memory until both positions are saved to files",
            "두 입장을 파일로 저장할 때까지 메모리에 보관합니다";
        A11yEntryKind => "Entry kind", "항목 종류";
        /// `{0}`: the issue's id.
        About => "about {0}", "대상: {0}";
        LogShared => "Shared with the delegations", "대표단과 공유";
        LogSharedTip => "Entries are the facilitator's own unless shared: only shared entries appear in \
                 the delegations' and the joint room and in their handouts.",
            "공유하지 않은 항목은 진행자만 봅니다: 공유한 항목만 대표단의 방과 합동 회의, \
             그리고 배포 자료에 나타납니다.";
        LogHint => "What was decided, agreed or must be done", "결정하거나 합의한 것, 해야 할 일을 적으십시오";
        A11yNewEntry => "New log entry", "새 기록 항목";
        AddEntry => "Add entry", "항목 추가";
        NoEntries => "No entries yet.", "아직 항목이 없습니다.";
        /// `{0}`: the round, `{1}`: the time.
        EntryStamp => "round {0} · {1}", "라운드 {0} · {1}";
        EntryShared => "shared", "공유";
        RemoveEntryTip => "Remove this entry", "이 항목 삭제";
        KindDecision => "Decision", "결정";
        KindAgreed => "Agreed", "합의";
        KindAction => "Action", "조치 사항";
        KindNote => "Note", "메모";

        // ---- Rounds panel ----
        RoundsHeading => "Rounds", "라운드";
        /// `{0}`: the round, `{1}`: the file's name.
        RoundFile => "round {0}: {1}", "라운드 {0}: {1}";
        CompareTicked => "Compare the two ticked", "선택한 두 파일 비교";
        CompareTickedTip => "Tick two files (e.g. round 1 and round 2 of one side)",
            "두 파일을 선택하십시오 (예: 한쪽의 라운드 1과 라운드 2)";
        ConcessionsHeading => "Concessions over rounds", "라운드별 양보";
        ConcessionsTip => "Cumulative points each side's moves are worth to the other side (scored with the other side's open position)",
            "각 쪽의 움직임이 상대 쪽에 주는 누적 점수 (상대 쪽의 열린 입장으로 계산)";
        AxisRound => "round", "라운드";
        AxisPoints => "points to the other side", "상대 쪽에 준 점수";
    }
}
