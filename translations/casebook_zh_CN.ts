<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcceptedCombo</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
</context>
<context>
    <name>ActionLog</name>
    <message>
        <source>Actions and contacts</source>
        <translation>处理与联系记录</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>仅限员工</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Casebook found edits that were not saved last time. Restore them?</source>
        <translation>Casebook 发现上次有未保存的修改。要恢复吗？</translation>
    </message>
    <message>
        <source>Creating the demo casebook ({count} cases)…</source>
        <translation>正在创建演示案件库（{count} 个案件）…</translation>
    </message>
    <message>
        <source>Casebook stopped unexpectedly last time. The details are in {path}; please send them to your support contact.</source>
        <translation>Casebook 上次意外退出。详情见 {path}，请发送给技术支持。</translation>
    </message>
    <message>
        <source>Case {ref} no longer exists; its unsaved edits were kept in {path}.</source>
        <translation>案件 {ref} 已不存在；其未保存的修改已保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Manager&apos;s approval</source>
        <translation>经理批准</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Manager&apos;s PIN</source>
        <translation>经理 PIN 码</translation>
    </message>
    <message>
        <source>{name} approves the amount of {amount}: {name} types their PIN.</source>
        <translation>{name} 批准金额 {amount}：请 {name} 输入自己的 PIN 码。</translation>
    </message>
</context>
<context>
    <name>AskForm</name>
    <message>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Product, order or unit</source>
        <translation>商品、订单或房号</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>问答记录</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Summary to confirm</source>
        <translation>待确认的概要(&amp;S)</translation>
    </message>
    <message>
        <source>So … — is that right?</source>
        <translation>也就是说……，对吗？</translation>
    </message>
    <message>
        <source>The customer confir&amp;med the summary</source>
        <translation>客户已确认概要(&amp;M)</translation>
    </message>
    <message>
        <source>Goods received by the customer</source>
        <translation>客户收货时间</translation>
    </message>
    <message>
        <source>Goods back with us</source>
        <translation>退货到达时间</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Major complaint — report to the manager now</source>
        <translation>重大投诉——请立即上报经理</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>保存案件（Ctrl+S）</translation>
    </message>
    <message>
        <source>Go to the report</source>
        <translation>前往上报</translation>
    </message>
    <message>
        <source>History of this case</source>
        <translation>案件历史记录</translation>
    </message>
    <message>
        <source>The customer has signed this case, and the agreed reply time changes. Why? Both changes are logged.</source>
        <translation>客户已在此案件上签字，且约定的答复时间有变。原因是什么？两项修改都会被记录。</translation>
    </message>
    <message>
        <source>The customer has signed this case. Why is it being changed? The change is logged as an amendment.</source>
        <translation>客户已在此案件上签字。为什么要修改？此修改将作为更正记录。</translation>
    </message>
    <message>
        <source>The customer was promised a reply at {when}. Why does the agreed time change?</source>
        <translation>已承诺在 {when} 答复客户。为什么要更改约定时间？</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>无需</translation>
    </message>
    <message>
        <source>Only a major complaint is reported.</source>
        <translation>只有重大投诉需要上报。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Still needed: {missing}</source>
        <translation>还需要：{missing}</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Report now</source>
        <translation>立即上报</translation>
    </message>
    <message>
        <source>Signed already.</source>
        <translation>已签字。</translation>
    </message>
    <message>
        <source>The customer signs once the reply is recorded. Still needed: {missing}</source>
        <translation>记录答复后客户才能签字。还需要：{missing}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved, awaiting signature</source>
        <translation>已处理，待签字</translation>
    </message>
    <message>
        <source>Closed, signed</source>
        <translation>已结案，已签字</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Print the receipt the customer takes from the counter</source>
        <translation>打印客户带走的受理回执</translation>
    </message>
    <message>
        <source>Changed at another desk since you opened it. Your edits are kept; saving shows what changed.</source>
        <translation>您打开后，其他前台已修改此案件。您的编辑会保留；保存时会显示改了什么。</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next reply</source>
        <translation>下次答复</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签字</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>例如 {example}</translation>
    </message>
    <message>
        <source>Type the date and time as {example}, or pick the day (F4)</source>
        <translation>请按 {example} 的格式输入日期和时间，或在日历中选择日期（F4）</translation>
    </message>
    <message>
        <source>Pick the day in a calendar (F4)</source>
        <translation>在日历中选择日期（F4）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Fill in the current date and time</source>
        <translation>填入当前日期和时间</translation>
    </message>
    <message>
        <source>{field}: “{text}” is not a date and time. Type it like this: {example}</source>
        <translation>{field}：“{text}”不是有效的日期和时间。请按此格式输入：{example}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Change the person at the desk: what they do is recorded as theirs</source>
        <translation>更换前台值班人员：所做的操作都记在当班人员名下</translation>
    </message>
    <message>
        <source>At the desk: {name}</source>
        <translation>值班：{name}</translation>
    </message>
    <message>
        <source>Change person at the desk</source>
        <translation>更换值班人员</translation>
    </message>
    <message>
        <source>Casebook is locked</source>
        <translation>Casebook 已锁定</translation>
    </message>
    <message>
        <source>Nobody used Casebook for {minutes} minutes, so it locked. Who is at the desk?</source>
        <translation>Casebook 已 {minutes} 分钟无人使用，因此已锁定。现在谁在前台值班？</translation>
    </message>
</context>
<context>
    <name>DeskOptions</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Keep Casebook running in the tray when the window is closed, to remind me of follow-ups</source>
        <translation>关闭窗口后让 Casebook 留在系统托盘中继续运行，以便提醒我待办事项</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>此桌面没有系统托盘。</translation>
    </message>
    <message>
        <source>Open Casebook when I log in</source>
        <translation>登录时打开 Casebook</translation>
    </message>
    <message>
        <source>Casebook could not change how it starts at login: {reason}</source>
        <translation>无法更改 Casebook 的登录启动设置：{reason}</translation>
    </message>
</context>
<context>
    <name>DueBanner</name>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>15 分钟后提醒</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>Due now</source>
        <translation>现在到期</translation>
    </message>
    <message>
        <source>missed — escalated to the managers</source>
        <translation>已逾期，已上报经理</translation>
    </message>
</context>
<context>
    <name>ErasureOptions</name>
    <message>
        <source>These customer records look like the same person. Tick those to erase too:</source>
        <translation>以下客户记录看起来是同一个人。请勾选需要一并清除个人信息的记录：</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>电子邮箱相同</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>姓名相似</translation>
    </message>
    <message>
        <source>{details} — cases {refs} ({why})</source>
        <translation>{details} — 案件 {refs}（{why}）</translation>
    </message>
    <message>
        <source>Erase it from the automatic backups too</source>
        <translation>同时从自动备份中清除</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Casebook</source>
        <translation>欢迎使用 Casebook</translation>
    </message>
    <message>
        <source>This casebook is new. Tell Casebook who you are; you can add your colleagues later under Staff.</source>
        <translation>这是一个新的案件库。请告诉 Casebook 您是谁；同事可以稍后在“员工”中添加。</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>您的角色</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Open the demo casebook instead</source>
        <translation>改为打开演示案件库</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>经营所在国家</translation>
    </message>
    <message>
        <source>Deadlines set by law follow the country; you can change it later in Settings.</source>
        <translation>法定时限取决于所在国家；以后可在设置中更改。</translation>
    </message>
    <message>
        <source>EU rules apply to us</source>
        <translation>我们适用欧盟规则</translation>
    </message>
</context>
<context>
    <name>FollowForm</name>
    <message>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>尚未约定</translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation>下次答复</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>This afternoon (15:00)</source>
        <translation>今天下午（15:00）</translation>
    </message>
    <message>
        <source>&amp;Tomorrow 09:00</source>
        <translation>明天 09:00(&amp;T)</translation>
    </message>
    <message>
        <source>Other time…</source>
        <translation>其他时间…</translation>
    </message>
    <message>
        <source>Agreed &amp;next reply</source>
        <translation>下次答复(&amp;N)</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>What was done or said…</source>
        <translation>做了什么或说了什么…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>仅限员工</translation>
    </message>
    <message>
        <source>An internal note: not shown to the customer</source>
        <translation>内部备注：不向客户显示</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Act&amp;ions and contacts</source>
        <translation>处理与联系记录(&amp;I)</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>请先保存案件</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand over the case</source>
        <translation>移交案件</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <source>What the new owner needs to know</source>
        <translation>新负责人需要了解的情况</translation>
    </message>
    <message>
        <source>Note for the new owner</source>
        <translation>给新负责人的备注</translation>
    </message>
    <message>
        <source>&amp;New owner</source>
        <translation>新负责人(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>HearForm</name>
    <message>
        <source>Type a name to find a known customer</source>
        <translation>输入姓名查找已有客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Where a reply letter goes</source>
        <translation>答复函的寄送地址</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Account / order no.</source>
        <translation>账户/订单号</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>客户语言</translation>
    </message>
    <message>
        <source>Ask which language the customer reads: their form and letters are printed in it.</source>
        <translation>请询问客户习惯阅读哪种语言：确认单和信函将用该语言打印。</translation>
    </message>
    <message>
        <source>In the customer&apos;s &amp;words</source>
        <translation>客户原话(&amp;W)</translation>
    </message>
    <message>
        <source>What happened, as the customer tells it</source>
        <translation>客户所述的经过</translation>
    </message>
    <message>
        <source>What the customer w&amp;ants</source>
        <translation>客户诉求(&amp;A)</translation>
    </message>
    <message>
        <source>Ask: what would you like us to do?</source>
        <translation>请问：您希望我们怎么处理？</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Received via</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Major complaint — report it at once</source>
        <translation>重大投诉——请立即上报</translation>
    </message>
    <message>
        <source>Major complaint</source>
        <translation>重大投诉</translation>
    </message>
    <message>
        <source>Major triggers</source>
        <translation>重大投诉情形</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>About a member of staff</source>
        <translation>涉及员工</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>{name} is named in this complaint and cannot own the case: choose who received it, or hand it over.</source>
        <translation>{name} 是本投诉涉及的人员，不能担任负责人：请选择受理人，或移交案件。</translation>
    </message>
    <message numerus="yes">
        <source>Earlier cases (%n):</source>
        <translation>
            <numerusform>以往案件（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>诉求</translation>
    </message>
    <message>
        <source>About</source>
        <translation>涉及</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>销售方式</translation>
    </message>
    <message>
        <source>Price or amount in dispute</source>
        <translation>价款或争议金额</translation>
    </message>
    <message>
        <source>The price paid, or the amount the customer claims</source>
        <translation>已付价款或客户主张的金额</translation>
    </message>
</context>
<context>
    <name>IncidentBar</name>
    <message>
        <source>Incident {ref} is major: {reason}</source>
        <translation>事件 {ref} 已升级为重大：{reason}</translation>
    </message>
    <message>
        <source>Report it to the manager by {time}.</source>
        <translation>请在 {time} 前上报经理。</translation>
    </message>
    <message>
        <source>Report now</source>
        <translation>立即上报</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>无关</translation>
    </message>
    <message>
        <source>Do not link</source>
        <translation>不关联</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>打开事件</translation>
    </message>
    <message>
        <source>Part of incident {ref}: {title}</source>
        <translation>所属事件 {ref}：{title}</translation>
    </message>
    <message>
        <source>Will be linked to incident {ref} when saved.</source>
        <translation>保存时将关联到事件 {ref}。</translation>
    </message>
    <message>
        <source>Probably “{title}” in {place} ({ref}) — link?</source>
        <translation>可能属于事件“{title}”（{place}，{ref}），是否关联？</translation>
    </message>
    <message>
        <source>Probably “{title}” ({ref}) — link?</source>
        <translation>可能属于事件“{title}”（{ref}），是否关联？</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>新建事件…</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>仅显示处理中</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>最近时限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Reply to all…</source>
        <translation>统一答复…</translation>
    </message>
    <message>
        <source>Letters as PDF…</source>
        <translation>答复函 PDF…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>取消关联…</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Link case</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Building or place</source>
        <translation>楼栋或地点</translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation>受影响房号</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>What was done about the incident</source>
        <translation>针对事件采取的措施</translation>
    </message>
    <message>
        <source>Add to the log</source>
        <translation>添加到记录</translation>
    </message>
    <message>
        <source>No incident yet</source>
        <translation>暂无事件</translation>
    </message>
    <message>
        <source>Replied to all: {refs}</source>
        <translation>已统一答复：{refs}</translation>
    </message>
    <message>
        <source>Reported to {to} on {at} ({means}).</source>
        <translation>已于 {at} 上报 {to}（{means}）。</translation>
    </message>
    <message>
        <source>Major incident — report to the manager now.</source>
        <translation>重大事件——请立即上报经理。</translation>
    </message>
    <message>
        <source>Major incident — report to the manager by {time}.</source>
        <translation>重大事件——请在 {time} 前上报经理。</translation>
    </message>
    <message>
        <source>{time} · {deadline}</source>
        <translation>{time} · {deadline}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the figures of a summary</comment>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n 户</numerusform>
        </translation>
    </message>
    <message>
        <source>replied: {n}</source>
        <translation>已答复：{n}</translation>
    </message>
    <message>
        <source>signed: {n}</source>
        <translation>已签字：{n}</translation>
    </message>
    <message>
        <source>overdue: {n}</source>
        <translation>已逾期：{n}</translation>
    </message>
    <message>
        <source>Why is case {ref} no longer part of incident {incident}?</source>
        <translation>为什么案件 {ref} 不再属于事件 {incident}？</translation>
    </message>
    <message>
        <source>No case of this incident has a reply yet.</source>
        <translation>该事件的案件均尚未答复。</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>将答复函保存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>答复函</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to {path}.</source>
        <translation>
            <numerusform>已将 %n 封答复函保存到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LawPanel</name>
    <message>
        <source>Deadlines set by law</source>
        <translation>法定时限</translation>
    </message>
</context>
<context>
    <name>LawSettings</name>
    <message>
        <source>— no country: no deadlines set by law —</source>
        <translation>— 不设国家：无法定时限 —</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>经营所在国家</translation>
    </message>
    <message>
        <source>EU rules apply to us (e.g. the GDPR for EU customers)</source>
        <translation>我们适用欧盟规则（例如对欧盟客户适用 GDPR）</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>回执纸张</translation>
    </message>
    <message>
        <source>80 mm receipt printer roll</source>
        <translation>80 毫米小票打印纸</translation>
    </message>
    <message>
        <source>Rules of the chosen country (and of the EU where they apply). A rule can be switched off by a manager, never shortened; a sector code binds only a business that follows it.</source>
        <translation>所选国家的规则（以及适用时的欧盟规则）。经理可以停用某条规则，但不能缩短其期限；行业规范只约束遵守该规范的企业。</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Law or code</source>
        <translation>法律或行业规范</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对日期</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>行业规范</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Authority limits</source>
        <translation>权限额度</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Amounts in {currency}; empty: no limit. A manager has no limit.</source>
        <translation>金额单位：{currency}；留空表示不设限额。经理不受限额限制。</translation>
    </message>
    <message>
        <source>Change the authority limits?</source>
        <translation>要修改权限额度吗？</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read as an image.</source>
        <translation>无法将该文件读取为图片。</translation>
    </message>
    <message>
        <source>No logo: the documents show the name only.</source>
        <translation>无标志：文件上只显示名称。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Casebook — {name}</source>
        <translation>Casebook — {name}</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>新建案件（Ctrl+N）</translation>
    </message>
    <message>
        <source>Print form</source>
        <translation>打印确认单</translation>
    </message>
    <message>
        <source>Open the resolution form of this case to print it (Ctrl+P)</source>
        <translation>打开此案件的处理结果确认单以便打印（Ctrl+P）</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>客户签字…</translation>
    </message>
    <message>
        <source>Sign on screen, or attach a scan of the signed paper form</source>
        <translation>在屏幕上签字，或附上已签字纸质确认单的扫描件</translation>
    </message>
    <message>
        <source>Incidents…</source>
        <translation>事件…</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>报表…</translation>
    </message>
    <message>
        <source>Staff…</source>
        <translation>员工…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quick filters</source>
        <translation>快速筛选</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Major, not reported</source>
        <translation>重大未上报</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>待签字</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Show: {filter}</source>
        <translation>显示：{filter}</translation>
    </message>
    <message>
        <source>Search cases (Ctrl+F)</source>
        <translation>搜索案件（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <source>Show all cases</source>
        <translation>显示全部案件</translation>
    </message>
    <message numerus="yes">
        <source>From the report: {title} · %n case(s)</source>
        <translation>
            <numerusform>来自报表：{title} · %n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>The customer signs the resolution form on screen, or you attach a scan of the signed paper form</source>
        <translation>客户在屏幕上签署确认单，或附上已签字纸质确认单的扫描件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>此案件有尚未保存的修改。</translation>
    </message>
    <message>
        <source>Case {ref} saved.</source>
        <translation>案件 {ref} 已保存。</translation>
    </message>
    <message>
        <source>Case {ref} signed.</source>
        <translation>案件 {ref} 已签字。</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) fell due while Casebook was closed.</source>
        <translation>
            <numerusform>Casebook 关闭期间有 %n 项待办到期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n follow-up(s).</source>
        <translation>
            <numerusform>当前到期：%n 项待办。</numerusform>
        </translation>
    </message>
    <message>
        <source>Due now for {name}: {count}</source>
        <translation>{name} 当前待办：{count}</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>Casebook file: {path}</source>
        <translation>Casebook 文件：{path}</translation>
    </message>
    <message>
        <source>{name} is at the desk now.</source>
        <translation>现在由 {name} 值班。</translation>
    </message>
    <message>
        <source>The automatic backup was not made: {reason}</source>
        <translation>自动备份未完成：{reason}</translation>
    </message>
    <message>
        <source>The automatic backup was not made. Details: {path}</source>
        <translation>自动备份未完成。详情：{path}</translation>
    </message>
    <message>
        <source>The connection to the casebook is lost. Casebook keeps trying; your unsaved edits stay on screen.</source>
        <translation>与案件库的连接已断开。Casebook 正在继续尝试；未保存的编辑仍保留在屏幕上。</translation>
    </message>
</context>
<context>
    <name>ManagerMenu</name>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Reopen signed case…</source>
        <translation>重新打开已签字案件…</translation>
    </message>
    <message>
        <source>Erase the customer&apos;s personal data…</source>
        <translation>清除客户个人信息…</translation>
    </message>
    <message>
        <source>Delete case…</source>
        <translation>删除案件…</translation>
    </message>
    <message>
        <source>Merge with a duplicate…</source>
        <translation>与重复案件合并…</translation>
    </message>
    <message>
        <source>Authority limits…</source>
        <translation>权限额度…</translation>
    </message>
    <message>
        <source>Reopen the signed case {ref}? The customer will have to sign again; the first signing stays in the history.</source>
        <translation>要重新打开已签字的案件 {ref} 吗？客户需要重新签字；第一次签字会保留在历史记录中。</translation>
    </message>
    <message>
        <source>Erase the personal data of this case&apos;s customer (name, phone, email, address, unit, account) from all their cases and the history? The cases stay in the statistics. This cannot be undone.</source>
        <translation>要从该客户的所有案件和历史记录中清除其个人信息（姓名、电话、电子邮件、地址、房号、账户）吗？这些案件仍计入统计。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>个人信息已清除</translation>
    </message>
    <message numerus="yes">
        <source>The customer&apos;s personal data was erased from %n case(s).</source>
        <translation>
            <numerusform>已从 %n 个案件中清除该客户的个人信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the case {ref} with everything on it? Its reference is not used again. This cannot be undone.</source>
        <translation>要删除案件 {ref} 及其全部内容吗？该编号不会再次使用。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were rewritten without it.</source>
        <translation>
            <numerusform>已重写 %n 份自动备份，其中不再包含这些信息。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge duplicate cases</source>
        <translation>合并重复案件</translation>
    </message>
    <message>
        <source>Two cases of the same customer about the same matter become one: both accounts, actions and histories are kept, and the other reference leads to the case that stays.</source>
        <translation>同一客户就同一事项的两个案件合并为一个：双方的客户陈述、处理记录和历史都会保留，另一个编号将指向保留的案件。</translation>
    </message>
    <message>
        <source>needed when a case is signed</source>
        <translation>案件已签字时必填</translation>
    </message>
    <message>
        <source>Merge with</source>
        <translation>合并对象</translation>
    </message>
    <message>
        <source>Reference that stays</source>
        <translation>保留的编号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>This customer has no other case.</source>
        <translation>该客户没有其他案件。</translation>
    </message>
    <message>
        <source>Merge case {gone} into {keep}? {gone} will lead to {keep}.</source>
        <translation>将案件 {gone} 合并到 {keep}？编号 {gone} 将指向 {keep}。</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <source>e.g. Lift stopped between floors</source>
        <translation>例如：电梯停在两层之间</translation>
    </message>
    <message>
        <source>e.g. Building 3</source>
        <translation>例如：3号楼</translation>
    </message>
    <message>
        <source>e.g. 1-40, 52</source>
        <translation>例如：1-40, 52</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Building or place</source>
        <translation>楼栋或地点</translation>
    </message>
    <message>
        <source>Units affected</source>
        <translation>受影响房号</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>创建事件</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>现在谁在前台值班？</translation>
    </message>
    <message>
        <source>Member of staff</source>
        <translation>员工</translation>
    </message>
</context>
<context>
    <name>PartList</name>
    <message>
        <source>Parts of the case</source>
        <translation>案件环节</translation>
    </message>
</context>
<context>
    <name>PinButton</name>
    <message>
        <source>Change PIN…</source>
        <translation>修改 PIN 码…</translation>
    </message>
    <message>
        <source>Set PIN…</source>
        <translation>设置 PIN 码…</translation>
    </message>
    <message>
        <source>PIN of {name}</source>
        <translation>{name} 的 PIN 码</translation>
    </message>
</context>
<context>
    <name>PinOperatorDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview — {ref}</source>
        <translation>预览 — {ref}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Resolution form</source>
        <translation>投诉处理结果确认单</translation>
    </message>
    <message>
        <source>Reply letter</source>
        <translation>答复函</translation>
    </message>
    <message>
        <source>Case summary (internal)</source>
        <translation>案件摘要（内部）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>第二语言</translation>
    </message>
    <message>
        <source>No second language</source>
        <translation>无第二语言</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This document could not be made. Nothing was changed.</source>
        <translation>无法生成此文档。未做任何更改。</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>form</source>
        <translation>确认单</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>答复函</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>案件摘要</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>已保存为 {path}</translation>
    </message>
    <message>
        <source>The printer could not be started. Nothing was printed; check the printer and try again.</source>
        <translation>无法启动打印机，未打印任何内容。请检查打印机后重试。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Printing failed. The document is still open: check the printer and try again.</source>
        <translation>打印失败。文档仍然打开着：请检查打印机后重试。</translation>
    </message>
    <message>
        <source>Receipt for the customer</source>
        <translation>交给客户的受理回执</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
</context>
<context>
    <name>QATable</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why does this change?</source>
        <translation>为什么修改？</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The customer agreed to the new time</source>
        <translation>客户同意新的时间</translation>
    </message>
    <message>
        <source>(agreed with the customer)</source>
        <translation>（已与客户约定）</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <source>Customer signs…</source>
        <translation>客户签字…</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>签字后的修改</translation>
    </message>
    <message>
        <source>Signed on {when}</source>
        <translation>签字时间：{when}</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签字</translation>
    </message>
    <message>
        <source>{when} · {who} · {field}: “{before}” → “{after}” — {reason}</source>
        <translation>{when} · {who} · {field}：“{before}” → “{after}” — {reason}</translation>
    </message>
</context>
<context>
    <name>ReplyAllDialog</name>
    <message>
        <source>Reply to all — {ref}</source>
        <translation>统一答复——{ref}</translation>
    </message>
    <message>
        <source>Each chosen case records this reply as its own, with its own deadlines; the letters print in each customer&apos;s language.</source>
        <translation>每个选中的案件都会将此答复记为自己的答复，并各自计算时限；答复函按每位客户的语言打印。</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>What we say</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Resolution details</source>
        <translation>处理详情</translation>
    </message>
    <message>
        <source>Replied via</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation>下次答复</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>signed {date}</source>
        <translation>已于 {date} 签字</translation>
    </message>
    <message>
        <source>replied {date}</source>
        <translation>已于 {date} 答复</translation>
    </message>
    <message>
        <source>Then save the letters as one PDF</source>
        <translation>随后将答复函保存为一个 PDF</translation>
    </message>
    <message>
        <source>Reply to the chosen cases</source>
        <translation>答复所选案件</translation>
    </message>
</context>
<context>
    <name>ReplyForm</name>
    <message>
        <source>&amp;Replied at</source>
        <translation>答复时间(&amp;R)</translation>
    </message>
    <message>
        <source>Replied via</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Resolution details</source>
        <translation>处理详情</translation>
    </message>
    <message>
        <source>Customer accepts</source>
        <translation>客户是否接受</translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation>批准人（经理）</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report incident {ref}</source>
        <translation>上报事件 {ref}</translation>
    </message>
    <message>
        <source>Every major case of the incident that is not reported yet records this report too.</source>
        <translation>该事件下尚未上报的重大案件也会记录此次上报。</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>上报对象</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Record the report</source>
        <translation>记录上报</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Reported to</source>
        <translation>上报对象</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>即时通讯</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Manager acknowledged at</source>
        <translation>经理确认时间</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>按严重程度</translation>
    </message>
    <message>
        <source>By nature</source>
        <translation>按性质</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按受理渠道</translation>
    </message>
    <message>
        <source>By staff member</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Preventive action</source>
        <translation>预防措施</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Cases in the period</source>
        <translation>本期案件数</translation>
    </message>
    <message>
        <source>Cases in all</source>
        <translation>案件总数</translation>
    </message>
    <message>
        <source>Systemic cases</source>
        <translation>系统性问题案件</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>重复投诉客户</translation>
    </message>
    <message>
        <source>half within {median} h, 9 in 10 within {p90} h</source>
        <translation>一半在 {median} 小时内，九成在 {p90} 小时内</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Overdue counts every case not yet closed that has a follow-up past its time — resolved cases waiting for the signature too — so it can be more than Open.</source>
        <translation>“已逾期”统计所有尚未关闭且有待办已过时的案件（包括已处理、等待签字的案件），因此可能多于“处理中”。</translation>
    </message>
    <message>
        <source>previous period: {n}</source>
        <translation>上期：{n}</translation>
    </message>
    <message>
        <source>First contact (business hours)</source>
        <translation>首次联系用时（按营业时间）</translation>
    </message>
    <message>
        <source>Resolution (business hours)</source>
        <translation>处理完毕用时（按营业时间）</translation>
    </message>
    <message>
        <source>Agreed reply times kept</source>
        <translation>约定答复守约率</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{n} ({late} overdue)</source>
        <translation>{n}（已逾期 {late}）</translation>
    </message>
    <message>
        <source>{what}, received {start} – {end}</source>
        <translation>{what}，受理时间 {start} – {end}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Deadlines set by law: {met} met, {missed} missed, {running} still running (previous period: {before_met} met, {before_missed} missed)</source>
        <translation>法定时限：按时 {met} 个，逾期 {missed} 个，进行中 {running} 个（上期：按时 {before_met} 个，逾期 {before_missed} 个）</translation>
    </message>
</context>
<context>
    <name>SatisfactionPicker</name>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Something went wrong and nothing was saved. Details: {path}</source>
        <translation>出现问题，未保存任何内容。详情：{path}</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>PIN of {name}</source>
        <translation>{name} 的 PIN 码</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>当前 PIN 码</translation>
    </message>
    <message>
        <source>New PIN (4 to 12 digits)</source>
        <translation>新 PIN 码（4 到 12 位数字）</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>再次输入新 PIN 码</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>清除 PIN 码</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>两次输入的新 PIN 码不一致。</translation>
    </message>
    <message>
        <source>A manager approves the new PIN of {name}.</source>
        <translation>{name} 的新 PIN 码需经理批准。</translation>
    </message>
    <message>
        <source>New PIN (6 to 12 digits)</source>
        <translation>新 PIN 码（6 到 12 位数字）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Logo (image file)</source>
        <translation>标志（图片文件）</translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation>编号前缀</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>保留的自动备份数</translation>
    </message>
    <message>
        <source>Casebook backs up on closing and once a day; the oldest backups beyond this number are removed.</source>
        <translation>Casebook 在关闭时和每天备份一次；超出此数目的最旧备份会被删除。</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Lock an unused desk after</source>
        <translation>无人操作后锁定</translation>
    </message>
    <message>
        <source>When PINs are on, Casebook locks after this many minutes without a key press or click.</source>
        <translation>启用 PIN 码后，若在这段时间内没有任何按键或点击，Casebook 将自动锁定。</translation>
    </message>
    <message>
        <source>Households for a collective complaint</source>
        <translation>集体投诉的户数</translation>
    </message>
    <message>
        <source>When this many households complain about one incident, the incident and all its cases become major and must be reported.</source>
        <translation>同一事件的投诉达到此户数时，该事件及其所有案件均升级为重大，须上报。</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Offer incidents that started within</source>
        <translation>推荐事件的时间范围</translation>
    </message>
    <message>
        <source>A new case of the same category and place is offered an open incident that started up to this many hours before.</source>
        <translation>同类别、同地点的新案件，会推荐在此时长内开始且仍在处理中的事件。</translation>
    </message>
    <message>
        <source>Default form language</source>
        <translation>确认单默认语言</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>List to edit</source>
        <translation>要编辑的列表</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Resolution types</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Major triggers</source>
        <translation>重大投诉情形</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>客户情绪</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severities</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Natures</source>
        <translation>性质</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <source>The rules rely on this list: its entries can be renamed, not added.</source>
        <translation>规则依赖此列表：条目可以改名，但不能新增。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>This takes deadlines set by law out of force for new cases, and cancels their open deadlines. A manager approves it.</source>
        <translation>此操作将使法定时限不再适用于新案件，并取消其未完成的时限。需经理批准。</translation>
    </message>
    <message>
        <source>Office casebook on a server (this PC)</source>
        <translation>服务器上的办公室案件库（本机）</translation>
    </message>
    <message>
        <source>The casebook this PC opens at start, shared with the other desks. No password here: it goes in this PC&apos;s .pgpass file. Empty: this PC&apos;s own casebook.</source>
        <translation>本机启动时打开、与其他前台共享的案件库。此处不填密码：密码写在本机的 .pgpass 文件中。留空则使用本机自己的案件库。</translation>
    </message>
    <message>
        <source>Office casebook (this PC)</source>
        <translation>办公室案件库（本机）</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Customer signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Staff member ({name})</source>
        <translation>员工（{name}）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Sign the resolution form — {ref}</source>
        <translation>签署确认单 — {ref}</translation>
    </message>
    <message>
        <source>Please read the form on the left. By signing you confirm what it says was heard, done and replied.</source>
        <translation>请阅读左侧的确认单。签字即表示您确认其中所记录的内容：我们听到的、做过的和答复的。</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>撤销上一笔</translation>
    </message>
    <message>
        <source>How satisfied are you with how we handled it? (1 = very dissatisfied, 5 = very satisfied)</source>
        <translation>您对我们的处理是否满意？（1 = 非常不满意，5 = 非常满意）</translation>
    </message>
    <message>
        <source>The keys 1 to 5 choose the score</source>
        <translation>可按数字键 1–5 打分</translation>
    </message>
    <message>
        <source>Attach a scan of the signed paper form…</source>
        <translation>附上已签字确认单的扫描件…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>已签字的确认单</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>The customer has not signed yet: sign on the pad or attach a scan of the signed paper form.</source>
        <translation>客户尚未签字：请在签字板上签字，或附上已签字纸质确认单的扫描件。</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Name of the new member of staff</source>
        <translation>新员工姓名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Changing a role, retiring or bringing back a member of staff, or adding one above the desk, needs a manager&apos;s approval.</source>
        <translation>更改角色、停用或恢复员工，以及添加高于前台角色的员工，都需要经理批准。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open Casebook</source>
        <translation>打开 Casebook</translation>
    </message>
    <message>
        <source>Quit Casebook</source>
        <translation>退出 Casebook</translation>
    </message>
    <message>
        <source>Casebook keeps running here and will remind you of follow-ups. Quit it from this icon&apos;s menu.</source>
        <translation>Casebook 将在此继续运行并提醒您待办事项。如需退出，请使用此图标的菜单。</translation>
    </message>
</context>
<context>
    <name>TriggerList</name>
    <message>
        <source>Major triggers</source>
        <translation>重大投诉情形</translation>
    </message>
</context>
</TS>
