<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Casebook found edits that were not saved last time. Restore them?</source>
        <translation>Casebook 发现上次有未保存的修改。要恢复吗？</translation>
    </message>
    <message>
        <source>Who is at the desk?</source>
        <translation>现在是谁在值班？</translation>
    </message>
    <message>
        <source>Casebook stopped unexpectedly last time. The details are in {path}; please send them to your support contact.</source>
        <translation>Casebook 上次意外退出。详情见 {path}，请发送给技术支持。</translation>
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
        <source>History of this case</source>
        <translation>案件历史记录</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>年-月-日 时:分</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Unit / room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Customer's language</source>
        <translation>客户语言</translation>
    </message>
    <message>
        <source>Received by way of</source>
        <translation>受理渠道</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>受理人</translation>
    </message>
    <message>
        <source>In the customer's words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>What the customer wants</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>情绪</translation>
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
        <source>Major triggers</source>
        <translation>重大投诉情形</translation>
    </message>
    <message>
        <source>Major if any applies</source>
        <translation>符合任一项即为重大投诉</translation>
    </message>
    <message>
        <source>Complaint about staff member</source>
        <translation>被投诉的员工</translation>
    </message>
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
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Summary to confirm</source>
        <translation>待确认的概述</translation>
    </message>
    <message>
        <source>Customer confirmed</source>
        <translation>客户已确认</translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>移交…</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Agreed next reply time</source>
        <translation>约定的下次答复时间</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>This afternoon</source>
        <translation>今天下午</translation>
    </message>
    <message>
        <source>Tomorrow 09:00</source>
        <translation>明天 09:00</translation>
    </message>
    <message>
        <source>Agreed next reply</source>
        <translation>下次答复</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Actions and contacts</source>
        <translation>处理与联系记录</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>新备注</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Waiting on the customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <source>Replied at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <source>Replied by way of</source>
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
        <source>Not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Approved by (manager)</source>
        <translation>批准人（经理）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Customer signed the form</source>
        <translation>客户已签字</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>签字后的修改</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>上报对象</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Manager acknowledged at</source>
        <translation>经理确认时间</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>新建案件</translation>
    </message>
    <message>
        <source>Signed {when}</source>
        <translation>已于 {when} 签字</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>尚未签字</translation>
    </message>
    <message>
        <source>Earlier cases of this customer: {refs}</source>
        <translation>该客户以前的案件：{refs}</translation>
    </message>
    <message>
        <source>Not needed: this is not a major complaint.</source>
        <translation>无需上报：这不是重大投诉。</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>This case is signed. Why is it being amended?</source>
        <translation>此案件已签字。为什么要修改？</translation>
    </message>
    <message>
        <source>Why does the agreed reply time change? Did the customer agree?</source>
        <translation>为什么更改约定的答复时间？客户同意了吗？</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>移交案件</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新负责人</translation>
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
    <name>FirstStart</name>
    <message>
        <source>Welcome to Casebook</source>
        <translation>欢迎使用 Casebook</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Your name (manager)</source>
        <translation>您的姓名（经理）</translation>
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
        <source>Staff…</source>
        <translation>员工…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
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
        <source>Search cases (Ctrl+F)</source>
        <translation>搜索案件（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>此案件有尚未保存的修改。</translation>
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
        <source>{path} · operator: {name} · {cases}</source>
        <translation>{path} · 操作员：{name} · {cases}</translation>
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
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>添加条目</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the resolution form</source>
        <translation>签署处理结果确认单</translation>
    </message>
    <message>
        <source>Customer signature</source>
        <translation>客户签字</translation>
    </message>
    <message>
        <source>Staff member ({name})</source>
        <translation>员工（{name}）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Attach a scan of the signed paper form…</source>
        <translation>附上已签字确认单的扫描件…</translation>
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
        <source>Name of the new member of staff</source>
        <translation>新员工姓名</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
</TS>