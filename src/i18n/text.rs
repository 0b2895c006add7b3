//! The shell's catalogues: menu titles, keyboard contexts, the shortcut list. Each view's own
//! texts live in a catalogue of their own beside this one.

crate::catalogue! {
    /// Where a key is live, as the shortcut list says it.
    pub enum Context {
        Anywhere => "anywhere", "어디서나";
        InTable => "in the table", "표에서";
        IssueSelected => "an issue selected", "쟁점 선택 시";
        DetailOpen => "detail panel open", "세부 정보 창이 열렸을 때";
        TableOrPresentation => "table or presentation", "표 또는 발표 모드";
        Presentation => "presentation mode", "발표 모드";
        DiffView => "diff view", "비교 보기";
        EditingCell => "editing a cell", "셀 편집 중";
        TypingLog => "typing a log entry", "기록 항목 입력 중";
        MergeView => "merge view", "병합 보기";
        Filtering => "filtering", "필터 사용 중";
    }
}

crate::catalogue! {
    /// Menu titles, headings and the entries that are not actions.
    pub enum Menu {
        File => "File", "파일";
        Edit => "Edit", "편집";
        View => "View", "보기";
        Help => "Help", "도움말";
        Theme => "Theme", "테마";
        Room => "Room (who is looking at this screen)", "방 (이 화면을 보는 사람)";
        Language => "Language", "언어";
        /// `{0}`: the side's name.
        OpenRecent => "Open recent on the {0}", "{0}에 최근 파일 열기";
        NoRecent => "No recent files", "최근 파일 없음";
        /// `{0}`: what the step did.
        UndoStep => "Undo {0}", "실행 취소: {0}";
        /// `{0}`: what the step did.
        RedoStep => "Redo {0}", "다시 실행: {0}";
        ShortcutsTitle => "Keyboard shortcuts", "바로 가기 키";
        ShortcutKey => "Key", "키";
        ShortcutAction => "Action", "동작";
        ShortcutWhere => "Where", "사용 위치";
        Close => "Close", "닫기";
    }
}
